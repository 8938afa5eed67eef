"""Storage: tables, engine and sessions, migrations, backups. No rules, no Qt."""
