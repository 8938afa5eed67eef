class BaoxueError(Exception):
    """Base of every error the services raise; str() is a message for the user (Chinese)."""


class ValidationError(BaoxueError):
    def __init__(self, field: str, reason: str):
        self.field, self.reason = field, reason
        super().__init__(f"{field}:{reason}")


class PermissionDenied(BaoxueError): ...


class NotFound(BaoxueError): ...


class ConflictError(BaoxueError): ...
