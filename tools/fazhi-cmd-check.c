/* fazhi-cmd-check.c: fazhi check
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdio.h>

#include "fazhi-cli.h"

typedef struct
{
  FazhiOutputFormat format;
  FazhiChecker     *checker;
  FazhiReport      *previous;
  guint             with_errors;
} CheckRun;

static const char *
severity_name (FazhiSeverity severity)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (FAZHI_TYPE_SEVERITY);

  return g_enum_get_value (klass, severity)->value_nick;
}

static char *
join_lines (const guint *lines,
            guint        n)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%u", i ? ", " : "", lines[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static guint
strv_len (const char * const *strv)
{
  return strv ? g_strv_length ((char **) strv) : 0;
}

static void
print_text (const char       *name,
            FazhiCheckResult *result)
{
  GListModel            *findings = fazhi_check_result_get_findings (result);
  GListModel            *followup = fazhi_check_result_get_followup (result);
  FazhiSummary          *summary = fazhi_check_result_get_summary (result);
  g_autoptr (GEnumClass) statuses = g_type_class_ref (FAZHI_TYPE_TARGET_STATUS);

  /* Like a compiler: file:line: severity: [rule] message */
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr (FazhiFinding) finding = g_list_model_get_item (findings, i);
      guint                    n_lines = 0;
      const guint             *lines = fazhi_finding_get_lines (finding, &n_lines);

      if (fazhi_finding_get_line (finding) > 0)
        printf ("%s:%u: ", name, fazhi_finding_get_line (finding));
      else
        printf ("%s: ", name);
      printf ("%s: [%s] %s", severity_name (fazhi_finding_get_severity (finding)),
              fazhi_finding_get_rule (finding), fazhi_finding_get_message (finding));
      if (n_lines > 1)
        {
          g_autofree char *all = join_lines (lines, n_lines);

          printf (" (lines %s)", all);
        }
      printf ("\n");
    }

  for (guint i = 0; i < g_list_model_get_n_items (followup); i++)
    {
      g_autoptr (FazhiFollowup) item = g_list_model_get_item (followup, i);
      guint                     n_lines = 0;
      const guint              *lines = fazhi_followup_get_evidence_lines (item, &n_lines);
      const char               *label = fazhi_followup_get_heading (item) ? fazhi_followup_get_heading (item)
                                                                          : fazhi_followup_get_text (item);
      g_autofree char          *short_label = g_utf8_strlen (label, -1) > 30 ? g_utf8_substring (label, 0, 30) : g_strdup (label);

      if (i == 0)
        printf ("%s: follow-up of last year's report:\n", name);
      printf ("  %s (last year line %u) “%s%s”: %s",
              fazhi_followup_get_kind (item) == FAZHI_FOLLOWUP_KIND_TARGET ? "target" : "shortcoming",
              fazhi_followup_get_line (item), short_label, g_utf8_strlen (label, -1) > 30 ? "…" : "",
              g_enum_get_value (statuses, fazhi_followup_get_status (item))->value_nick);
      if (n_lines > 0)
        {
          g_autofree char *all = join_lines (lines, n_lines);

          printf (" (lines %s)", all);
        }
      printf ("\n");
    }

  if (summary != NULL)
    {
      guint parts = strv_len (fazhi_summary_get_parts_present (summary));
      guint parts_missing = strv_len (fazhi_summary_get_parts_missing (summary));
      guint areas = strv_len (fazhi_summary_get_areas_covered (summary));
      guint areas_missing = strv_len (fazhi_summary_get_areas_missing (summary));
      guint duties = strv_len (fazhi_summary_get_duties_evidenced (summary));
      guint duties_missing = strv_len (fazhi_summary_get_duties_missing (summary));

      printf ("%s: summary: parts %u/%u · areas %u/%u · duties %u/%u · measurable targets %u/%u",
              name, parts, parts + parts_missing, areas, areas + areas_missing, duties, duties + duties_missing,
              fazhi_summary_get_n_measurable (summary), fazhi_summary_get_n_targets (summary));
      if (fazhi_summary_get_followup_rate (summary) >= 0)
        printf (" · follow-up %.0f%%", 100 * fazhi_summary_get_followup_rate (summary));
      printf (" · %u %s, %u %s, %u %s · score %.1f\n",
              fazhi_summary_get_n_errors (summary), fazhi_summary_get_n_errors (summary) == 1 ? "error" : "errors",
              fazhi_summary_get_n_warnings (summary), fazhi_summary_get_n_warnings (summary) == 1 ? "warning" : "warnings",
              fazhi_summary_get_n_infos (summary), fazhi_summary_get_n_infos (summary) == 1 ? "note" : "notes",
              fazhi_summary_get_score (summary));
    }
}

static void
check_report (const char  *path,
              FazhiReport *report,
              gpointer     user_data)
{
  CheckRun                    *run = user_data;
  g_autoptr (FazhiCheckResult) result = fazhi_checker_check (run->checker, report, run->previous);

  if (fazhi_check_result_has_errors (result))
    run->with_errors++;

  if (run->format == FAZHI_OUTPUT_JSON)
    {
      g_autofree char *json = fazhi_check_result_to_json (result, FAZHI_JSON_FLAGS_NONE);

      printf ("%s\n", json);
    }
  else
    print_text (path, result);
}

int
fazhi_cmd_check (int    argc,
                 char **argv)
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError)         error = NULL;
  g_autoptr (FazhiReader)    reader = NULL;
  g_autoptr (FazhiPolicy)    policy = NULL;
  g_autoptr (FazhiChecker)   checker = NULL;
  g_autoptr (FazhiReport)    previous = NULL;
  g_autofree char           *format_name = NULL;
  g_autofree char           *previous_path = NULL;
  g_autofree char           *policy_path = NULL;
  g_auto (GStrv)             outlines = NULL;
  int                        jobs = 0;
  CheckRun                   run = { 0 };

  /* clang-format off */
  GOptionEntry entries[] = {
    { "previous", 'p', 0, G_OPTION_ARG_FILENAME, &previous_path, "Last year's report of the same agency, for the follow-up rules", "FILE" },
    { "policy", 0, 0, G_OPTION_ARG_FILENAME, &policy_path, "A policy file: deadlines, optional areas, rule switches", "FILE" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, "Output format: text (default) or json (one object per file and line)", "FORMAT" },
    { "outline", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &outlines, "Also consider this outline catalog file (a local outline)", "FILE" },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, "Read this many files at once (default: one per core)", "N" },
    { NULL }
  };
  /* clang-format on */

  context = g_option_context_new ("FILE…");
  g_option_context_set_summary (context,
                                "Check annual rule-of-law reports: completeness, deadlines, the leader's\n"
                                "duties, targets, data quality and — with --previous — the follow-up of last\n"
                                "year's targets and shortcomings. --previous applies to every FILE.\n\n"
                                "Exit status: 0 when no finding is an error, 1 when one is, 2 for unusable\n"
                                "arguments or unreadable input (the other files are still checked).");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fazhi_cli_error ("%s", error->message);
      return FAZHI_EXIT_USAGE;
    }
  if (!fazhi_cli_parse_format (format_name, FALSE, &run.format))
    return FAZHI_EXIT_USAGE;
  if (argc < 2)
    {
      fazhi_cli_error ("no files given; see \"fazhi check --help\"");
      return FAZHI_EXIT_USAGE;
    }
  if (jobs < 0)
    {
      fazhi_cli_error ("--jobs must not be negative");
      return FAZHI_EXIT_USAGE;
    }

  if (policy_path != NULL)
    {
      policy = fazhi_policy_new_from_file (policy_path, &error);
      if (policy == NULL)
        {
          fazhi_cli_error ("%s", error->message);
          return FAZHI_EXIT_USAGE;
        }
    }

  reader = fazhi_reader_new ();
  checker = fazhi_checker_new (policy);
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
      fazhi_checker_add_outline (checker, outline);
    }

  if (previous_path != NULL)
    {
      previous = fazhi_reader_read_path (reader, previous_path, NULL, &error);
      if (previous == NULL)
        {
          fazhi_cli_error ("%s", error->message);
          return FAZHI_EXIT_USAGE;
        }
    }

  run.checker = checker;
  run.previous = previous;

  /* Unreadable input outranks findings. */
  if (fazhi_cli_read_files (reader, argv + 1, jobs, check_report, &run) != 0)
    return FAZHI_EXIT_USAGE;
  return run.with_errors > 0 ? FAZHI_EXIT_FINDINGS : FAZHI_EXIT_OK;
}
