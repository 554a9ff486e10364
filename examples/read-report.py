#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Prints the outline of a report: its parts, the obligation areas of its
# measures with their headings, and how many figures and targets the
# reader found.
#
#   read-report.py REPORT.txt
#
# Exits 1 when the file cannot be read, 2 when it is not an annual report
# (a plan, a notice, a news story…).

import sys

import gi

gi.require_version('Fazhi', '1.0')
from gi.repository import Fazhi, GLib  # noqa: E402


def with_spans(sections):
    """Pairs each section with the lines it covers, subsections included
    (from its line to its end-line)."""
    return [(s, range(s.props.line, (s.props.end_line or s.props.line) + 1)) for s in sections]


def main(path):
    try:
        report = Fazhi.Reader.new().read(path)
    except GLib.Error as error:
        print(error.message, file=sys.stderr)
        return 1

    print(report.props.title or path)
    print(f'  {report.props.agency or "(agency unknown)"}, '
          f'year {report.props.year or "?"}, dated {report.date_py or "?"}, '
          f'{report.props.encoding}, '
          f'{report.props.framework or "no framework"}')
    if not report.props.is_report:
        print('not an annual rule-of-law report')
        return 2

    figure_lines = [f.props.line for f in report.props.figures]
    for part, lines in with_spans(list(report.dup_items(None))):
        items = list(report.dup_items(part))
        print(f'{part.props.part or "-":14} {part.props.heading}'
              f'  (line {part.props.line}, {len(items)} items)')
        if part.props.part != 'measures':
            continue
        for item, item_lines in with_spans(items):
            n = sum(1 for line in figure_lines if line in item_lines)
            print(f'  {item.props.area or "?":14} {item.props.heading}'
                  f'  ({n} figures)')

    targets = report.props.targets
    measurable = sum(1 for t in targets if t.props.measurable)
    print(f'{len(report.props.figures)} figures, {len(targets)} targets '
          f'({measurable} measurable), '
          f'{len(report.props.duties)} pieces of duty evidence')
    return 0


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(f'usage: {sys.argv[0]} REPORT.txt')
    sys.exit(main(sys.argv[1]))
