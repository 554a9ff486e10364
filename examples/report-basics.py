#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The areas of an outline, and a report built in code, saved as JSON and
# read back.
#
# From the build tree:
#   GI_TYPELIB_PATH=build/libfazhi LD_LIBRARY_PATH=build/libfazhi \
#   PYTHONPATH=bindings/python /usr/bin/python3 examples/report-basics.py

import datetime
import pathlib
import sys
import tempfile

import gi

gi.require_version('Fazhi', '1.0')
from gi.repository import Fazhi  # noqa: E402

outline = Fazhi.Catalog.get_builtin('outline-2015')
print(f'{outline.props.id}: {outline.props.title}')
for entry in outline:
    print(f'  {entry.props.slug:13} {entry.props.title}')

# A made-up agency; every field is optional.
report = Fazhi.Report(is_report=True, agency='青岚县示例局', year=2020,
                      level=Fazhi.ReportLevel.DEPARTMENT,
                      framework='outline-2015')
report.date_py = datetime.date(2021, 1, 22)
report.add_section(Fazhi.Section(heading='一、2020年主要举措和成效', level=1,
                                 part='measures', line=3))
report.add_section(Fazhi.Section(heading='（一）坚持严格规范公正文明执法',
                                 level=2, part='measures', area='enforcement',
                                 line=4))
report.add_figure(Fazhi.Figure(value=240, unit='卷',
                               kind=Fazhi.FigureKind.COUNT,
                               subject='执法案卷', line=5))
report.add_target(Fazhi.Target(text='每季度开展1次执法案卷评查', quantity=1,
                               unit='次', period=Fazhi.Period.QUARTER,
                               measurable=True, line=9))

with tempfile.TemporaryDirectory() as tmp:
    path = pathlib.Path(tmp) / 'report.json'
    report.save_json(path, pretty=True)
    loaded = Fazhi.Report.new_from_json_file(str(path))

print(f'round trip: {loaded!r}, dated {loaded.date_py}, '
      f'figure {loaded.props.figures[0]!r}')

# The report read back writes the very same JSON.
if loaded.to_json() != report.to_json():
    sys.exit('round trip changed the report')
