"""`python -m pressdesk` runs the `pressdesk` command."""

from pressdesk.cli import main

raise SystemExit(main())
