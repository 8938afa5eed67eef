"""Signed XML bundles from the school to the county (issue 7).

``keys`` — the school's signing key and certificate; ``schema`` — the bundle format
(namespace, XSD, the registry of record kinds); ``bundle`` — building and signing;
``export`` — writing bundles with their chain and history; ``verify`` and ``county`` —
the county's side: checking, ingesting and summing bundles.
"""
