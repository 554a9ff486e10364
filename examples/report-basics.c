/* report-basics.c: the areas of an outline, and a report built in code,
 * saved as JSON and read back
 *
 * Build against an installed libfazhi with
 *   cc report-basics.c $(pkg-config --cflags --libs fazhi-1) -o report-basics
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <fazhi.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

static void
list_areas (const char *catalog_id)
{
  FazhiCatalog *outline = fazhi_catalog_get_builtin (catalog_id);

  g_print ("%s: %s\n", catalog_id, fazhi_catalog_get_title (outline));
  for (guint i = 0; i < fazhi_catalog_get_n_entries (outline); i++)
    {
      FazhiCatalogEntry *entry = fazhi_catalog_get_entry (outline, i);

      g_print ("  %-13s %s\n",
               fazhi_catalog_entry_get_slug (entry),
               fazhi_catalog_entry_get_title (entry));
    }
}

static FazhiReport *
build_report (void)
{
  FazhiReport             *report = fazhi_report_new ();
  g_autoptr (FazhiSection) part = fazhi_section_new ("一、2020年主要举措和成效", 1);
  g_autoptr (FazhiSection) area = fazhi_section_new ("（一）坚持严格规范公正文明执法", 2);
  g_autoptr (FazhiFigure)  figure = fazhi_figure_new (240, "卷", FAZHI_FIGURE_KIND_COUNT);
  g_autoptr (FazhiTarget)  target = fazhi_target_new ("每季度开展1次执法案卷评查");

  /* A made-up agency; every field is optional. */
  fazhi_report_set_is_report (report, TRUE);
  fazhi_report_set_agency (report, "青岚县示例局");
  fazhi_report_set_year (report, 2020);
  fazhi_report_set_date_dmy (report, 22, G_DATE_JANUARY, 2021);
  fazhi_report_set_level (report, FAZHI_REPORT_LEVEL_DEPARTMENT);
  fazhi_report_set_framework (report, "outline-2015");

  fazhi_section_set_part (part, "measures");
  fazhi_section_set_line (part, 3);
  fazhi_report_add_section (report, part);

  fazhi_section_set_part (area, "measures");
  fazhi_section_set_area (area, "enforcement");
  fazhi_section_set_line (area, 4);
  fazhi_report_add_section (report, area);

  fazhi_figure_set_subject (figure, "执法案卷");
  fazhi_figure_set_line (figure, 5);
  fazhi_report_add_figure (report, figure);

  fazhi_target_set_quantity (target, 1);
  fazhi_target_set_unit (target, "次");
  fazhi_target_set_period (target, FAZHI_PERIOD_QUARTER);
  fazhi_target_set_measurable (target, TRUE);
  fazhi_target_set_line (target, 9);
  fazhi_report_add_target (report, target);

  return report;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError)      error = NULL;
  g_autoptr (FazhiReport) report = NULL;
  g_autoptr (FazhiReport) loaded = NULL;
  g_autoptr (GFile)       dir = NULL;
  g_autofree char        *tmpdir = NULL;
  g_autofree char        *path = NULL;
  g_autofree char        *saved_json = NULL;
  g_autofree char        *loaded_json = NULL;
  FazhiFigure            *figure;

  /* g_print() converts UTF-8 to the locale's charset. */
  setlocale (LC_ALL, "");

  list_areas ("outline-2015");

  report = build_report ();

  tmpdir = g_dir_make_tmp ("fazhi-example-XXXXXX", &error);
  if (tmpdir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  path = g_build_filename (tmpdir, "report.json", NULL);

  if (!fazhi_report_save_json (report, path, FAZHI_JSON_FLAGS_PRETTY, &error) ||
      !(loaded = fazhi_report_new_from_json_file (path, &error)))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_unlink (path);
  g_rmdir (tmpdir);

  /* The interchange format keeps everything the model holds, so the
   * report read back writes the very same JSON. */
  saved_json = fazhi_report_to_json (report, FAZHI_JSON_FLAGS_NONE);
  loaded_json = fazhi_report_to_json (loaded, FAZHI_JSON_FLAGS_NONE);
  figure = g_list_model_get_item (fazhi_report_get_figures (loaded), 0);

  g_print ("round trip: %s %d, %u sections, figure %g %s, %u target\n",
           fazhi_report_get_agency (loaded),
           fazhi_report_get_year (loaded),
           g_list_model_get_n_items (fazhi_report_get_sections (loaded)),
           fazhi_figure_get_value (figure),
           fazhi_figure_get_unit (figure),
           g_list_model_get_n_items (fazhi_report_get_targets (loaded)));
  g_object_unref (figure);

  if (g_strcmp0 (saved_json, loaded_json) != 0)
    {
      g_printerr ("round trip changed the report:\n%s\n%s\n", saved_json, loaded_json);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}
