"""The Qt front end. Only this package imports Qt; it calls the services in ``app``."""
