"""Terminal output shared by the commands: widths and aligned tables that count CJK as two columns."""

import unicodedata


def display_width(text: str) -> int:
    """Columns the text takes in a terminal (wide and full-width characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int) -> str:
    """The text followed by spaces up to ``width`` display columns."""
    return text + " " * (width - display_width(text))


def aligned(header: list[str], rows: list[list[str]]) -> list[str]:
    """Header, a rule and the rows, each column padded to its widest cell."""
    widths = [max(display_width(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(pad(c, w) for c, w in zip(cells, widths)).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]
