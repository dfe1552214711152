"""Use cases of the application, one transaction per call (see ``dossiers``)."""
