"""explainer: a branching terminal explainer of low-dose ketamine for treatment-resistant depression."""

__version__ = "0.1.0"
