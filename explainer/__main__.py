"""`python -m explainer` runs the same command line as the `explainer` script."""

from explainer.cli import main

raise SystemExit(main())
