/* fazhi-cmd-parse.c: fazhi parse
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdio.h>

#include "fazhi-cli.h"

typedef struct
{
  FazhiOutputFormat format;
  FazhiJsonFlags    json_flags;
} ParseRun;

static guint
count_measurable (GListModel *targets)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr (FazhiTarget) target = g_list_model_get_item (targets, i);

      n += fazhi_target_get_measurable (target);
    }
  return n;
}

static void
print_outline (const char  *name,
               FazhiReport *report)
{
  GListModel            *sections = fazhi_report_get_sections (report);
  g_auto (GStrv)         parts = fazhi_report_dup_parts (report);
  g_auto (GStrv)         areas = fazhi_report_dup_areas (report);
  g_autofree char       *date = NULL;
  const GDate           *signed_on = fazhi_report_get_date (report);
  guint                  n_duties = 0;
  g_autoptr (GHashTable) duties = g_hash_table_new (g_str_hash, g_str_equal);

  if (signed_on != NULL)
    date = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (signed_on), g_date_get_month (signed_on),
                            g_date_get_day (signed_on));

  for (guint i = 0; i < g_list_model_get_n_items (fazhi_report_get_duties (report)); i++)
    {
      g_autoptr (FazhiDutyEvidence) evidence = g_list_model_get_item (fazhi_report_get_duties (report), i);

      g_hash_table_add (duties, (gpointer) fazhi_duty_evidence_get_duty (evidence));
    }
  n_duties = g_hash_table_size (duties);

  printf ("%s: %s\n", name, fazhi_report_get_title (report) ? fazhi_report_get_title (report) : "(no title)");
  printf ("  agency %s · year %d · signed %s · to %s · framework %s\n",
          fazhi_report_get_agency (report) ? fazhi_report_get_agency (report) : "?",
          fazhi_report_get_year (report),
          date ? date : "?",
          fazhi_report_get_addressee (report) ? fazhi_report_get_addressee (report) : "?",
          fazhi_report_get_framework (report) ? fazhi_report_get_framework (report) : "?");
  printf ("  %s · %u parts · %u areas · %u figures · %u targets (%u measurable) · %u duties evidenced\n",
          fazhi_report_get_is_report (report) ? "annual report" : "NOT an annual rule-of-law report",
          g_strv_length (parts), g_strv_length (areas),
          g_list_model_get_n_items (fazhi_report_get_figures (report)),
          g_list_model_get_n_items (fazhi_report_get_targets (report)),
          count_measurable (fazhi_report_get_targets (report)),
          n_duties);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr (FazhiSection) section = g_list_model_get_item (sections, i);
      const char              *part_slug = fazhi_section_get_part (section);
      FazhiSection            *part = fazhi_report_find_part (report, part_slug != NULL ? part_slug : "");
      guint                    level = fazhi_section_get_level (section);
      g_autofree char         *indent = g_strnfill (2 * level, ' ');
      const char              *label = NULL;

      /* The outline shows parts and areas; deeper headings are counted. */
      if (part == section)
        label = fazhi_section_get_part (section);
      else if (fazhi_section_get_area (section) != NULL &&
               g_strcmp0 (fazhi_section_get_part (section), "measures") == 0)
        label = fazhi_section_get_area (section);
      else
        continue;

      printf ("%s", indent);
      fazhi_cli_print_cell (label, 16);
      printf ("line %-4u %s", fazhi_section_get_line (section), fazhi_section_get_heading (section));
      if (part == section)
        {
          g_autoptr (GListModel) items = fazhi_report_dup_items (report, section);

          if (g_list_model_get_n_items (items) > 0)
            printf ("  (%u items)", g_list_model_get_n_items (items));
        }
      printf ("\n");
    }
}

static void
print_report (const char  *path,
              FazhiReport *report,
              gpointer     user_data)
{
  ParseRun *run = user_data;

  if (run->format == FAZHI_OUTPUT_JSON)
    {
      g_autofree char *json = fazhi_report_to_json (report, run->json_flags);

      printf ("%s\n", json);
    }
  else
    print_outline (path, report);
}

int
fazhi_cmd_parse (int    argc,
                 char **argv)
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError)         error = NULL;
  g_autoptr (FazhiReader)    reader = NULL;
  g_autofree char           *format_name = NULL;
  g_auto (GStrv)             outlines = NULL;
  gboolean                   include_text = FALSE;
  int                        jobs = 0;
  ParseRun                   run = { 0 };

  /* clang-format off */
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, "Output format: json (default, one object per line) or text", "FORMAT" },
    { "include-text", 0, 0, G_OPTION_ARG_NONE, &include_text, "Add the decoded source text to the JSON", NULL },
    { "outline", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &outlines, "Also consider this outline catalog file", "FILE" },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, "Read this many files at once (default: one per core)", "N" },
    { NULL }
  };
  /* clang-format on */

  context = g_option_context_new ("FILE…");
  g_option_context_set_summary (context,
                                "Read annual rule-of-law reports (UTF-8, GB18030 or UTF-16) and print what\n"
                                "they contain: one JSON object per file and line, or a readable outline.\n"
                                "Files that cannot be read are reported on stderr; the others are still\n"
                                "read, and the exit status is 2.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fazhi_cli_error ("%s", error->message);
      return FAZHI_EXIT_USAGE;
    }
  if (format_name == NULL)
    format_name = g_strdup ("json");
  if (!fazhi_cli_parse_format (format_name, FALSE, &run.format))
    return FAZHI_EXIT_USAGE;
  if (argc < 2)
    {
      fazhi_cli_error ("no files given; see \"fazhi parse --help\"");
      return FAZHI_EXIT_USAGE;
    }
  if (jobs < 0)
    {
      fazhi_cli_error ("--jobs must not be negative");
      return FAZHI_EXIT_USAGE;
    }

  reader = fazhi_reader_new ();
  for (guint i = 0; outlines != NULL && outlines[i] != NULL; i++)
    {
      g_autoptr (FazhiCatalog) outline = fazhi_catalog_new_from_file (outlines[i], &error);

      if (outline == NULL)
        {
          fazhi_cli_error ("%s", error->message);
          return FAZHI_EXIT_USAGE;
        }
      if (fazhi_catalog_get_kind (outline) != FAZHI_CATALOG_KIND_OUTLINE)
        {
          fazhi_cli_error ("%s: not an outline catalog", outlines[i]);
          return FAZHI_EXIT_USAGE;
        }
      fazhi_reader_add_outline (reader, outline);
    }

  run.json_flags = include_text ? FAZHI_JSON_FLAGS_INCLUDE_TEXT : FAZHI_JSON_FLAGS_NONE;

  return fazhi_cli_read_files (reader, argv + 1, jobs, print_report, &run) != 0 ? FAZHI_EXIT_USAGE : FAZHI_EXIT_OK;
}
