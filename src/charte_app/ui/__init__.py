"""The PySide6 front end: thin views over the domain model and the services."""
