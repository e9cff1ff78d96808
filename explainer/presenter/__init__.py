"""Presenter mode's link to `explainer notes`: local to the machine and to the user."""
