"""The wizard's steps, one module each, in the field's order (see :data:`registry.STEPS`)."""
