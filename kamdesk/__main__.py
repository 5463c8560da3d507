from kamdesk.cli.main import main

raise SystemExit(main())
