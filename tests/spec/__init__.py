"""Checks of the OpenAPI spec and of the models generated from it; examples.py is shared."""
