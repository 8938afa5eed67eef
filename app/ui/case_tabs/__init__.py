"""The tabs of the case file (个案档案, :class:`app.ui.case_dialog.CaseDialog`): each a list of what is
on file and a form to add one (:mod:`.base`), for the contacts and the written report
(:mod:`.contacts`), the persuasion, the township's notice and where the child is now
(:mod:`.persuasion`), the dropout registration and the outcome (:mod:`.outcome`)."""
