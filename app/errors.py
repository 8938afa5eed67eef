"""The errors the services raise: a code of the message catalog and its parameters.

``str(error)`` is the Chinese message (the CLI's default, the logs, the tests); a window shows
``error.in_language(lang)``. The wording lives in ``resources/messages/*.tsv`` (see
:mod:`app.messages`), never at the raise site.
"""

from app.messages import DEFAULT_LANG, Message, field_label, render


class BaoxueError(Exception):
    """Base of every error the services raise: ``code`` names its message, ``params`` fill it.

    A :class:`~app.messages.Message` built elsewhere (a helper's reason) may stand for the code and its
    parameters."""

    def __init__(self, code: str | Message, /, **params):
        if isinstance(code, Message):
            code, params = code.code, {**dict(code.params), **params}
        self.code, self.params = code, params
        super().__init__(code)

    def in_language(self, lang: str = DEFAULT_LANG) -> str:
        return render(self.code, self.params, lang)

    def __str__(self) -> str:
        return self.in_language(DEFAULT_LANG)


class ValidationError(BaoxueError):
    """A refused value: ``field`` names it (the windows show the reason under that field)."""

    def __init__(self, field: str | Message, code: str | Message, /, **params):
        #: the field's Chinese name (what the windows match on); ``field_message`` renders it in a language
        self.field, self.field_message = str(field), field
        super().__init__(code, **params)

    @property
    def reason(self) -> str:
        """The reason alone, in Chinese (``reason_in(lang)`` for another language)."""
        return self.reason_in(DEFAULT_LANG)

    @property
    def why(self) -> Message:
        """The reason alone as a message (a parameter of another refusal that wraps this one)."""
        return Message(self.code, tuple(self.params.items()))

    def reason_in(self, lang: str = DEFAULT_LANG) -> str:
        return render(self.code, self.params, lang)

    def in_language(self, lang: str = DEFAULT_LANG) -> str:
        separator = ":" if lang == DEFAULT_LANG else ": "
        return f"{field_label(self.field_message, lang)}{separator}{self.reason_in(lang)}"


class PermissionDenied(BaoxueError): ...


class NotFound(BaoxueError): ...


class ConflictError(BaoxueError): ...
