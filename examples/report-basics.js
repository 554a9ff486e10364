// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The areas of an outline, and a report built in code, saved as JSON and
// read back.
//
// From the build tree:
//   GI_TYPELIB_PATH=build/libfazhi LD_LIBRARY_PATH=build/libfazhi \
//   gjs -m examples/report-basics.js

import Fazhi from 'gi://Fazhi';
import GLib from 'gi://GLib';
import System from 'system';

const outline = Fazhi.Catalog.get_builtin('outline-2015');
print(`${outline.id}: ${outline.title}`);
// GJS 1.74 cannot iterate a Gio.ListModel with for…of; count instead.
for (let i = 0; i < outline.get_n_items(); i++) {
    const entry = outline.get_item(i);
    print(`  ${entry.slug.padEnd(13)} ${entry.title}`);
}

// A made-up agency; every field is optional.
const report = new Fazhi.Report({
    is_report: true,
    agency: '青岚县示例局',
    year: 2020,
    level: Fazhi.ReportLevel.DEPARTMENT,
    framework: 'outline-2015',
});
report.set_date_dmy(22, GLib.DateMonth.JANUARY, 2021);
report.add_section(new Fazhi.Section({
    heading: '一、2020年主要举措和成效', level: 1, part: 'measures', line: 3,
}));
report.add_section(new Fazhi.Section({
    heading: '（一）坚持严格规范公正文明执法', level: 2, part: 'measures',
    area: 'enforcement', line: 4,
}));
report.add_figure(new Fazhi.Figure({
    value: 240, unit: '卷', kind: Fazhi.FigureKind.COUNT,
    subject: '执法案卷', line: 5,
}));
report.add_target(new Fazhi.Target({
    text: '每季度开展1次执法案卷评查', quantity: 1, unit: '次',
    period: Fazhi.Period.QUARTER, measurable: true, line: 9,
}));

const dir = GLib.dir_make_tmp('fazhi-example-XXXXXX');
const path = GLib.build_filenamev([dir, 'report.json']);
let loaded;
try {
    report.save_json(path, Fazhi.JsonFlags.PRETTY);
    loaded = Fazhi.Report.new_from_json_file(path);
} finally {
    GLib.unlink(path);
    GLib.rmdir(dir);
}

const figure = loaded.figures.get_item(0);
const date = loaded.date;
print(`round trip: ${loaded.agency} ${loaded.year}, dated ` +
    `${date.get_year()}-${date.get_month()}-${date.get_day()}, ` +
    `${loaded.sections.get_n_items()} sections, ` +
    `figure ${figure.value} ${figure.unit}, ` +
    `${loaded.targets.get_n_items()} target`);

// The report read back writes the very same JSON.
if (loaded.to_json(Fazhi.JsonFlags.NONE) !== report.to_json(Fazhi.JsonFlags.NONE)) {
    printerr('round trip changed the report');
    System.exit(1);
}
