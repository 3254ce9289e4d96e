"""``python -m autocrm``: the same as the ``autocrm`` command."""

from autocrm.cli import main

__all__: list[str] = []

if __name__ == "__main__":
    main()
