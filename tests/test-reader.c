/* test-reader.c: report text → FazhiReport, on fixtures in many styles
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every tests/data/reports/NAME.txt has NAME.expect.json saying what a
 * careful reader extracts from it; this program holds the reader to that,
 * and to the user's seed report when it is present.
 */

#include <fazhi.h>
#include <glib/gstdio.h>
#include <math.h>

#include "fazhi-test.h"

static char **fixture_names;

static char **
list_fixtures (void)
{
  g_autofree char         *dir_path = fazhi_test_data_path ("reports", NULL);
  g_autoptr (GDir)         dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  const char              *name;
  char                   **names;

  /* Called while building the suite, where check's asserts cannot run. */
  if (dir == NULL)
    g_error ("no fixture directory %s", dir_path);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".expect.json"))
      {
        g_autofree char *base = g_strndup (name, strlen (name) - strlen (".expect.json"));

        g_strv_builder_add (builder, base);
      }
  names = g_strv_builder_end (builder);
  return names;
}

static FazhiReport *
read_fixture (const char  *name,
              JsonObject **expect_out,
              JsonParser **parser_out)
{
  g_autofree char        *txt = NULL;
  g_autofree char        *expect_path = NULL;
  g_autoptr (GError)      error = NULL;
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autofree char        *file = g_strconcat (name, ".txt", NULL);
  g_autofree char        *expect_file = g_strconcat (name, ".expect.json", NULL);
  JsonParser             *parser = json_parser_new ();
  FazhiReport            *report;

  txt = fazhi_test_data_path ("reports", file, NULL);
  expect_path = fazhi_test_data_path ("reports", expect_file, NULL);
  ck_assert_msg (json_parser_load_from_file (parser, expect_path, &error), "%s", error ? error->message : "");
  *expect_out = json_node_get_object (json_parser_get_root (parser));
  *parser_out = parser;

  report = fazhi_reader_read_path (reader, txt, NULL, &error);
  fazhi_assert_no_error (error);
  return report;
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? json_node_get_string (node) : NULL;
}

static void
assert_str_field (const char *fixture,
                  const char *field,
                  const char *expected,
                  const char *got)
{
  ck_assert_msg (g_strcmp0 (expected, got) == 0, "%s: %s is \"%s\", expected \"%s\"",
                 fixture, field, got ? got : "(null)", expected ? expected : "(null)");
}

static char *
join_strv (char **strv)
{
  return g_strjoinv (",", strv);
}

static char *
join_json_array (JsonArray *array)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (array); i++)
    g_string_append_printf (out, "%s%s", i ? "," : "", json_array_get_string_element (array, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static guint
count_items (FazhiReport *report,
             const char  *part)
{
  FazhiSection          *section = fazhi_report_find_part (report, part);
  g_autoptr (GListModel) items = NULL;

  if (section == NULL)
    return 0;
  items = fazhi_report_dup_items (report, section);
  return g_list_model_get_n_items (items);
}

static gboolean
figure_matches (FazhiFigure *figure,
                JsonObject  *want)
{
  const char            *unit = member_string (want, "unit");
  const char            *kind = member_string (want, "kind");
  const char            *subject = member_string (want, "subject");
  g_autoptr (GEnumClass) kinds = g_type_class_ref (FAZHI_TYPE_FIGURE_KIND);

  if (fazhi_figure_get_line (figure) != (guint) json_object_get_int_member (want, "line"))
    return FALSE;
  if (fabs (fazhi_figure_get_value (figure) - json_object_get_double_member (want, "value")) > 1e-9)
    return FALSE;
  if (g_strcmp0 (fazhi_figure_get_unit (figure), unit) != 0)
    return FALSE;
  if (g_strcmp0 (g_enum_get_value (kinds, fazhi_figure_get_kind (figure))->value_nick, kind) != 0)
    return FALSE;
  if (subject != NULL && (fazhi_figure_get_subject (figure) == NULL ||
                          strstr (fazhi_figure_get_subject (figure), subject) == NULL))
    return FALSE;
  return TRUE;
}

START_TEST (test_fixture)
{
  const char             *name = fixture_names[_i];
  g_autoptr (JsonParser)  parser = NULL;
  JsonObject             *expect = NULL;
  g_autoptr (FazhiReport) report = read_fixture (name, &expect, &parser);
  gboolean                is_report = json_object_get_boolean_member (expect, "is_report");

  ck_assert_msg (fazhi_report_get_is_report (report) == is_report, "%s: is_report is %d, expected %d",
                 name, fazhi_report_get_is_report (report), is_report);
  assert_str_field (name, "encoding", member_string (expect, "encoding"),
                    fazhi_document_get_encoding (fazhi_report_get_document (report)));
  assert_str_field (name, "title", member_string (expect, "title"), fazhi_report_get_title (report));
  if (!is_report)
    return;

  assert_str_field (name, "agency", member_string (expect, "agency"), fazhi_report_get_agency (report));
  assert_str_field (name, "addressee", member_string (expect, "addressee"), fazhi_report_get_addressee (report));
  assert_str_field (name, "framework", member_string (expect, "framework"), fazhi_report_get_framework (report));
  ck_assert_msg (fazhi_report_get_year (report) == json_object_get_int_member (expect, "year"),
                 "%s: year %d, expected %" G_GINT64_FORMAT, name, fazhi_report_get_year (report),
                 json_object_get_int_member (expect, "year"));
  {
    const GDate     *date = fazhi_report_get_date (report);
    g_autofree char *got = date ? g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                                                   g_date_get_month (date), g_date_get_day (date))
                                : NULL;

    assert_str_field (name, "date", member_string (expect, "date"), got);
  }
  {
    g_auto (GStrv)   parts = fazhi_report_dup_parts (report);
    g_autofree char *got = join_strv (parts);
    g_autofree char *want = join_json_array (json_object_get_array_member (expect, "parts"));

    assert_str_field (name, "parts", want, got);
  }
  {
    g_auto (GStrv)   areas = fazhi_report_dup_areas (report);
    g_autofree char *got = join_strv (areas);
    g_autofree char *want = join_json_array (json_object_get_array_member (expect, "areas"));

    assert_str_field (name, "areas", want, got);
  }
  ck_assert_msg (count_items (report, "shortcomings") == json_object_get_int_member (expect, "shortcomings"),
                 "%s: %u shortcomings, expected %" G_GINT64_FORMAT, name, count_items (report, "shortcomings"),
                 json_object_get_int_member (expect, "shortcomings"));
  ck_assert_msg (count_items (report, "plans") == json_object_get_int_member (expect, "plans"),
                 "%s: %u plans items, expected %" G_GINT64_FORMAT, name, count_items (report, "plans"),
                 json_object_get_int_member (expect, "plans"));
}
END_TEST

START_TEST (test_fixture_evidence)
{
  const char             *name = fixture_names[_i];
  g_autoptr (JsonParser)  parser = NULL;
  JsonObject             *expect = NULL;
  g_autoptr (FazhiReport) report = read_fixture (name, &expect, &parser);
  GListModel             *figures = fazhi_report_get_figures (report);
  GListModel             *targets = fazhi_report_get_targets (report);
  JsonArray              *want_figures;
  JsonArray              *want_targets;
  JsonArray              *want_duties;

  if (!json_object_get_boolean_member (expect, "is_report"))
    return;

  want_figures = json_object_get_array_member (expect, "figures");
  for (guint k = 0; k < json_array_get_length (want_figures); k++)
    {
      JsonObject *want = json_array_get_object_element (want_figures, k);
      gboolean    found = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (figures) && !found; i++)
        {
          g_autoptr (FazhiFigure) figure = g_list_model_get_item (figures, i);

          found = figure_matches (figure, want);
        }
      ck_assert_msg (found, "%s: no figure %g %s (%s, \"%s\") on line %" G_GINT64_FORMAT, name,
                     json_object_get_double_member (want, "value"), member_string (want, "unit"),
                     member_string (want, "kind"), member_string (want, "subject"),
                     json_object_get_int_member (want, "line"));
    }

  want_targets = json_object_get_array_member (expect, "targets");
  ck_assert_msg (g_list_model_get_n_items (targets) == json_array_get_length (want_targets),
                 "%s: %u targets, expected %u", name, g_list_model_get_n_items (targets),
                 json_array_get_length (want_targets));
  for (guint k = 0; k < json_array_get_length (want_targets); k++)
    {
      JsonObject             *want = json_array_get_object_element (want_targets, k);
      g_autoptr (FazhiTarget) target = g_list_model_get_item (targets, k);

      if (json_object_has_member (want, "quantity"))
        {
          JsonNode *q = json_object_get_member (want, "quantity");

          if (JSON_NODE_HOLDS_NULL (q))
            ck_assert_msg (!fazhi_target_get_has_quantity (target), "%s: target %u has a quantity %g", name, k + 1,
                           fazhi_target_get_quantity (target));
          else
            ck_assert_msg (fazhi_target_get_has_quantity (target) &&
                             fabs (fazhi_target_get_quantity (target) - json_node_get_double (q)) < 1e-9,
                           "%s: target %u quantity %g, expected %g", name, k + 1,
                           fazhi_target_get_quantity (target), json_node_get_double (q));
        }
      if (json_object_has_member (want, "unit") && fazhi_target_get_has_quantity (target))
        assert_str_field (name, "target unit", member_string (want, "unit"), fazhi_target_get_unit (target));
      if (json_object_has_member (want, "owner"))
        assert_str_field (name, "target owner", member_string (want, "owner"), fazhi_target_get_owner (target));
      if (json_object_has_member (want, "period"))
        {
          g_autoptr (GEnumClass) periods = g_type_class_ref (FAZHI_TYPE_PERIOD);
          FazhiPeriod            period = fazhi_target_get_period (target);

          assert_str_field (name, "target period", member_string (want, "period"),
                            period == FAZHI_PERIOD_NONE ? NULL : g_enum_get_value (periods, period)->value_nick);
        }
      if (json_object_has_member (want, "due"))
        {
          const GDate     *due = fazhi_target_get_due (target);
          g_autofree char *got = due ? g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (due),
                                                        g_date_get_month (due), g_date_get_day (due))
                                     : NULL;

          assert_str_field (name, "target due", member_string (want, "due"), got);
        }
      if (json_object_has_member (want, "measurable"))
        ck_assert_msg (fazhi_target_get_measurable (target) == json_object_get_boolean_member (want, "measurable"),
                       "%s: target %u (%s) measurable is %d", name, k + 1, fazhi_target_get_text (target),
                       fazhi_target_get_measurable (target));
    }

  want_duties = json_object_get_array_member (expect, "duties");
  for (guint k = 0; k < json_array_get_length (want_duties); k++)
    {
      const char *duty = json_array_get_string_element (want_duties, k);
      gboolean    found = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (fazhi_report_get_duties (report)) && !found; i++)
        {
          g_autoptr (FazhiDutyEvidence) evidence = g_list_model_get_item (fazhi_report_get_duties (report), i);

          found = g_str_equal (fazhi_duty_evidence_get_duty (evidence), duty);
        }
      ck_assert_msg (found, "%s: no evidence of duty %s", name, duty);
    }
}
END_TEST

/* ------------------------------------------------------------------ */
/* The seed                                                            */
/* ------------------------------------------------------------------ */

static FazhiReport *
read_seed (void)
{
  g_autofree char        *path = fazhi_test_seed_path ();
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autoptr (GError)      error = NULL;
  FazhiReport            *report;

  if (path == NULL)
    return NULL;
  report = fazhi_reader_read_path (reader, path, NULL, &error);
  fazhi_assert_no_error (error);
  return report;
}

static gboolean
has_figure (FazhiReport *report,
            double       value,
            const char  *unit,
            guint        line)
{
  GListModel *figures = fazhi_report_get_figures (report);

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr (FazhiFigure) figure = g_list_model_get_item (figures, i);

      if (fabs (fazhi_figure_get_value (figure) - value) < 1e-9 &&
          g_strcmp0 (fazhi_figure_get_unit (figure), unit) == 0 &&
          (line == 0 || fazhi_figure_get_line (figure) == line))
        return TRUE;
    }
  return FALSE;
}

START_TEST (test_seed)
{
  g_autoptr (FazhiReport) report = read_seed ();
  const char             *areas[] = { "functions", "rules", "decisions", "enforcement",
                                      "oversight", "disputes", "capacity", "organization" };
  const char             *parts[] = { "measures", "responsibility", "shortcomings", "plans" };
  GListModel             *sections;
  g_autoptr (GListModel)  top = NULL;
  g_autoptr (GListModel)  shortcomings = NULL;
  g_autoptr (GListModel)  plans = NULL;
  g_auto (GStrv)          found_areas = NULL;
  const GDate            *date;
  gboolean                two_a_year = FALSE, zonghe = FALSE, four = FALSE, review = FALSE;

  if (report == NULL)
    {
      /* The seed lives next to the repository; a fresh clone elsewhere
       * has none. */
      return;
    }

  ck_assert (fazhi_report_get_is_report (report));
  ck_assert_str_eq (fazhi_report_get_agency (report), "重庆市渝北区科学技术局");
  ck_assert_int_eq (fazhi_report_get_year (report), 2020);
  date = fazhi_report_get_date (report);
  ck_assert_ptr_nonnull (date);
  ck_assert_int_eq (g_date_get_year (date), 2021);
  ck_assert_int_eq (g_date_get_month (date), 1);
  ck_assert_int_eq (g_date_get_day (date), 28);
  ck_assert_str_eq (fazhi_report_get_addressee (report), "区政府");
  ck_assert_str_eq (fazhi_report_get_framework (report), "outline-2015");
  ck_assert_int_eq (fazhi_report_get_level (report), FAZHI_REPORT_LEVEL_DEPARTMENT);

  top = fazhi_report_dup_items (report, NULL);
  ck_assert_uint_eq (g_list_model_get_n_items (top), 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr (FazhiSection) section = g_list_model_get_item (top, i);

      ck_assert_str_eq (fazhi_section_get_part (section), parts[i]);
      ck_assert_uint_eq (fazhi_section_get_level (section), 1);
    }

  found_areas = fazhi_report_dup_areas (report);
  ck_assert_uint_eq (g_strv_length (found_areas), 8);
  for (guint i = 0; i < 8; i++)
    ck_assert_str_eq (found_areas[i], areas[i]);

  sections = fazhi_report_get_sections (report);
  {
    g_autoptr (FazhiSection) first_area = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (sections) && first_area == NULL; i++)
      {
        g_autoptr (FazhiSection) section = g_list_model_get_item (sections, i);

        if (fazhi_section_get_area (section) != NULL)
          first_area = g_object_ref (section);
      }
    ck_assert_uint_eq (fazhi_section_get_line (first_area), 15);
    ck_assert_str_eq (fazhi_section_get_heading (first_area), "依法全面履行政府职能情况");
  }

  shortcomings = fazhi_report_dup_items (report, fazhi_report_find_part (report, "shortcomings"));
  ck_assert_uint_eq (g_list_model_get_n_items (shortcomings), 3);
  {
    g_autoptr (FazhiSection) first = g_list_model_get_item (shortcomings, 0);

    ck_assert_str_eq (fazhi_section_get_heading (first), "法治观念法治意识有待进一步提升");
    ck_assert_uint_eq (fazhi_section_get_line (first), 65);
  }
  plans = fazhi_report_dup_items (report, fazhi_report_find_part (report, "plans"));
  ck_assert_uint_eq (g_list_model_get_n_items (plans), 4);
  {
    g_autoptr (FazhiSection) first = g_list_model_get_item (plans, 0);

    ck_assert_str_eq (fazhi_section_get_heading (first), "提高干部职工法治素质");
  }

  ck_assert (has_figure (report, 75.46, "亿元", 17));
  ck_assert (has_figure (report, 29.7, "%", 17));
  ck_assert (has_figure (report, 4.08, "%", 17));
  ck_assert (has_figure (report, 1005, "家", 17));
  ck_assert (has_figure (report, 2905, "家", 17));
  ck_assert (has_figure (report, 690, "家", 19));

  for (guint i = 0; i < g_list_model_get_n_items (fazhi_report_get_targets (report)); i++)
    {
      g_autoptr (FazhiTarget) target = g_list_model_get_item (fazhi_report_get_targets (report), i);

      if (fazhi_target_get_has_quantity (target) && fazhi_target_get_quantity (target) == 2 &&
          fazhi_target_get_period (target) == FAZHI_PERIOD_YEAR)
        two_a_year = TRUE;
      if (g_strcmp0 (fazhi_target_get_owner (target), "综合科") == 0)
        zonghe = TRUE;
    }
  ck_assert_msg (two_a_year, "no target with quantity 2 and period year");
  ck_assert_msg (zonghe, "no target owned by 综合科");

  for (guint i = 0; i < g_list_model_get_n_items (fazhi_report_get_duties (report)); i++)
    {
      g_autoptr (FazhiDutyEvidence) evidence = g_list_model_get_item (fazhi_report_get_duties (report), i);

      if (g_str_equal (fazhi_duty_evidence_get_duty (evidence), "four-in-person"))
        {
          four = TRUE;
          ck_assert_uint_eq (fazhi_duty_evidence_get_line (evidence), 61);
          ck_assert_ptr_nonnull (strstr (fazhi_duty_evidence_get_text (evidence), "亲自部署"));
        }
      if (g_str_equal (fazhi_duty_evidence_get_duty (evidence), "year-end-review"))
        review = TRUE;
    }
  ck_assert (four);
  ck_assert (review);
}
END_TEST

START_TEST (test_seed_json_round_trip)
{
  g_autoptr (FazhiReport) report = read_seed ();
  g_autoptr (FazhiReport) back = NULL;
  g_autoptr (GError)      error = NULL;
  g_autofree char        *json = NULL;
  g_autofree char        *again = NULL;

  if (report == NULL)
    return;

  json = fazhi_report_to_json (report, FAZHI_JSON_FLAGS_NONE);
  back = fazhi_report_new_from_json (json, -1, &error);
  fazhi_assert_no_error (error);
  again = fazhi_report_to_json (back, FAZHI_JSON_FLAGS_NONE);
  ck_assert_str_eq (json, again);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Input and errors                                                    */
/* ------------------------------------------------------------------ */

START_TEST (test_missing_file)
{
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autoptr (GError)      error = NULL;
  g_autoptr (FazhiReport) report = fazhi_reader_read_path (reader, "/nonexistent/report.txt", NULL, &error);

  ck_assert_ptr_null (report);
  fazhi_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  ck_assert_ptr_nonnull (strstr (error->message, "/nonexistent/report.txt"));
}
END_TEST

START_TEST (test_too_large)
{
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autoptr (GError)      error = NULL;
  g_autofree char        *dir = g_dir_make_tmp ("fazhi-reader-XXXXXX", NULL);
  g_autofree char        *path = g_build_filename (dir, "huge.txt", NULL);
  g_autoptr (FazhiReport) report = NULL;
  const char             *text = "关于2022年度法治政府建设情况的报告\n";
  g_autoptr (GBytes)      bytes = g_bytes_new_static (text, strlen (text));
  FILE                   *file;

  /* A 100 MB file (sparse, so writing it costs nothing) against the
   * default 64 MiB limit: refused without reading it all. */
  file = fopen (path, "w");
  ck_assert_ptr_nonnull (file);
  ck_assert_int_eq (fseek (file, 100 * 1000 * 1000 - 1, SEEK_SET), 0);
  fputc ('x', file);
  fclose (file);

  ck_assert_uint_eq (fazhi_reader_get_max_size (reader), 64 * 1024 * 1024);
  report = fazhi_reader_read_path (reader, path, NULL, &error);
  ck_assert_ptr_null (report);
  fazhi_assert_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_TOO_LARGE);
  ck_assert_ptr_nonnull (strstr (error->message, "huge.txt"));
  g_clear_error (&error);
  g_unlink (path);
  g_rmdir (dir);

  fazhi_reader_set_max_size (reader, 10);
  report = fazhi_reader_read_bytes (reader, bytes, "small.txt", &error);
  ck_assert_ptr_null (report);
  fazhi_assert_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_TOO_LARGE);
  ck_assert (g_str_has_prefix (error->message, "small.txt: "));
}
END_TEST

START_TEST (test_stream_sizes)
{
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autoptr (GString)     text = g_string_new ("东岭县统计局\n关于2022年度法治政府建设情况的报告\n一、主要举措和成效\n");
  g_autoptr (GError)      error = NULL;
  g_autoptr (FazhiReport) report = NULL;
  g_autofree char        *dir = g_dir_make_tmp ("fazhi-reader-XXXXXX", NULL);
  g_autofree char        *path = g_build_filename (dir, "sized.txt", NULL);
  GInputStream           *stream;
  FazhiFigure            *last;

  /* A stream of unknown length is read in growing pieces: much longer
   * than the first piece, nothing may be lost, the last figure included. */
  while (text->len < 100 * 1024)
    g_string_append (text, "全年开展普法宣传活动，覆盖群众。\n");
  g_string_append (text, "全年办结行政复议案件4321件。\n");

  stream = g_memory_input_stream_new_from_data (text->str, text->len, NULL);
  report = fazhi_reader_read_stream (reader, stream, "long", NULL, &error);
  g_object_unref (stream);
  fazhi_assert_no_error (error);
  last = g_list_model_get_item (fazhi_report_get_figures (report), g_list_model_get_n_items (fazhi_report_get_figures (report)) - 1);
  ck_assert_double_eq (fazhi_figure_get_value (last), 4321);
  g_object_unref (last);
  g_clear_object (&report);

  /* Exactly at the limit is allowed; one byte more is refused, from a
   * stream and from a file (whose size is known before reading). */
  fazhi_reader_set_max_size (reader, text->len);
  stream = g_memory_input_stream_new_from_data (text->str, text->len, NULL);
  report = fazhi_reader_read_stream (reader, stream, "exact", NULL, &error);
  g_object_unref (stream);
  fazhi_assert_no_error (error);
  g_clear_object (&report);

  ck_assert (g_file_set_contents (path, text->str, text->len, NULL));
  report = fazhi_reader_read_path (reader, path, NULL, &error);
  fazhi_assert_no_error (error);
  ck_assert_str_eq (fazhi_report_get_agency (report), "东岭县统计局");
  g_clear_object (&report);

  fazhi_reader_set_max_size (reader, text->len - 1);
  stream = g_memory_input_stream_new_from_data (text->str, text->len, NULL);
  report = fazhi_reader_read_stream (reader, stream, "over", NULL, &error);
  g_object_unref (stream);
  ck_assert_ptr_null (report);
  fazhi_assert_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_TOO_LARGE);
  ck_assert (g_str_has_prefix (error->message, "over: "));
  g_clear_error (&error);

  report = fazhi_reader_read_path (reader, path, NULL, &error);
  ck_assert_ptr_null (report);
  fazhi_assert_error (error, FAZHI_READER_ERROR, FAZHI_READER_ERROR_TOO_LARGE);
  ck_assert_ptr_nonnull (strstr (error->message, "sized.txt"));

  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

START_TEST (test_stream_and_text)
{
  g_autoptr (FazhiReader)  reader = fazhi_reader_new ();
  g_autoptr (GError)       error = NULL;
  const char              *text = "北塘市水务局\n关于2021年度法治政府建设情况的报告\n市政府：\n一、主要举措和成效\n全年办理案件12件。\n";
  g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);
  g_autoptr (FazhiReport)  from_stream = fazhi_reader_read_stream (reader, stream, "mem", NULL, &error);
  g_autoptr (FazhiReport)  from_text = NULL;

  fazhi_assert_no_error (error);
  ck_assert_str_eq (fazhi_report_get_agency (from_stream), "北塘市水务局");
  ck_assert_str_eq (fazhi_report_get_source (from_stream), "mem");
  from_text = fazhi_reader_read_text (reader, text, -1, &error);
  fazhi_assert_no_error (error);
  ck_assert_int_eq (fazhi_report_get_year (from_text), 2021);
  ck_assert_str_eq (fazhi_report_get_addressee (from_text), "市政府");
}
END_TEST

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  FazhiReport      **out = user_data;
  g_autoptr (GError) error = NULL;

  *out = fazhi_reader_read_file_finish (FAZHI_READER (source), result, &error);
  fazhi_assert_no_error (error);
}

START_TEST (test_async)
{
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autofree char        *path = fazhi_test_data_path ("reports", "runin.txt", NULL);
  g_autoptr (GFile)       file = g_file_new_for_path (path);
  g_autoptr (FazhiReport) report = NULL;

  fazhi_reader_read_file_async (reader, file, NULL, on_read, &report);
  while (report == NULL)
    g_main_context_iteration (NULL, TRUE);
  ck_assert_str_eq (fazhi_report_get_agency (report), "青岚县司法局");
}
END_TEST

static gboolean
slow_tests (void)
{
  return g_getenv ("FAZHI_TEST_SLOW") != NULL;
}

START_TEST (test_many_headings)
{
  /* 10^6 headings (10^5 under valgrind): a correct result, in linear time. */
  guint                   n = slow_tests () ? 100000 : 1000000;
  g_autoptr (GString)     text = g_string_new ("关于2022年度法治政府建设情况的报告\n");
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autoptr (GError)      error = NULL;
  g_autoptr (FazhiReport) report = NULL;

  for (guint i = 0; i < n; i++)
    g_string_append (text, (i % 2) ? "（一）项目\n" : "一、主要举措和成效\n");
  report = fazhi_reader_read_text (reader, text->str, text->len, &error);
  fazhi_assert_no_error (error);
  ck_assert_uint_eq (g_list_model_get_n_items (fazhi_report_get_sections (report)), n);
}
END_TEST

START_TEST (test_one_long_line)
{
  guint                   n = slow_tests () ? 100000 : 1000000;
  g_autoptr (GString)     text = g_string_new (NULL);
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autoptr (GError)      error = NULL;
  g_autoptr (FazhiReport) report = NULL;

  /* 10^6 sentences and no line end at all. */
  for (guint i = 0; i < n; i++)
    g_string_append (text, "全年办理案件12件，");
  report = fazhi_reader_read_text (reader, text->str, text->len, &error);
  fazhi_assert_no_error (error);
  ck_assert (!fazhi_report_get_is_report (report));
  ck_assert_uint_eq (fazhi_document_get_n_lines (fazhi_report_get_document (report)), 1);
}
END_TEST

START_TEST (test_random_text)
{
  /* Random mixtures of report vocabulary never crash the reader. */
  /* clang-format off */
  static const char *pieces[] = {
    "一、", "（一）", "(二)", "1.", "①", "一是", "二是", "。", "，", "\n", "\n\n", "— 3 —\n",
    "报告", "法治政府建设", "主要举措", "存在的问题", "下一步", "第一责任人", "亲自部署",
    "2021年", "1月28日", "12", "亿元", "家", "%", "全市第一", "区政府：", "XX", "***",
  };
  /* clang-format on */
  GRand                  *rand = g_rand_new_with_seed (7);
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();

  for (guint round = 0; round < 300; round++)
    {
      g_autoptr (GString)     text = g_string_new (NULL);
      g_autoptr (GError)      error = NULL;
      g_autoptr (FazhiReport) report = NULL;
      guint                   n = g_rand_int_range (rand, 1, 200);

      for (guint i = 0; i < n; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      report = fazhi_reader_read_text (reader, text->str, text->len, &error);
      ck_assert ((report == NULL) == (error != NULL));
    }
  g_rand_free (rand);
}
END_TEST

typedef struct
{
  GPtrArray *kept;  /* every other report, kept past its signal */
  GString   *order; /* the indexes, as signalled */
  GThread   *caller;
  gint       dropped;          /* reports let go, */
  gint       freed;            /* finalized by now, */
  gint       freed_by_workers; /* in another thread than the caller's */
} BatchSeen;

static void
on_dropped_report_freed (gpointer data,
                         GObject *where_the_object_was)
{
  BatchSeen *seen = data;

  g_atomic_int_inc (&seen->freed);
  if (g_thread_self () != seen->caller)
    g_atomic_int_inc (&seen->freed_by_workers);
}

static void
on_batch_report (FazhiBatch  *batch,
                 guint        index,
                 GFile       *file,
                 FazhiReport *report,
                 BatchSeen   *seen)
{
  g_string_append_printf (seen->order, "%u ", index);
  if (index % 2 == 0)
    g_ptr_array_add (seen->kept, g_object_ref (report));
  else
    {
      seen->dropped++;
      g_object_weak_ref (G_OBJECT (report), on_dropped_report_freed, seen);
    }
}

START_TEST (test_batch_keeps_what_handlers_keep)
{
  g_auto (GStrv)         names = list_fixtures ();
  g_autoptr (GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr (FazhiBatch) batch = NULL;
  g_autoptr (GString)    expected = g_string_new (NULL);
  g_autoptr (GError)     error = NULL;
  BatchSeen              seen = { g_ptr_array_new_with_free_func (g_object_unref), g_string_new (NULL), g_thread_self () };
  guint                  n = 0;
  int                    freed, freed_by_workers;

  /* The fixtures three times over, so the workers run well ahead of the
   * handler; the reports a handler drops are freed by the workers, the
   * ones it keeps must stay whole. */
  for (guint round = 0; round < 3; round++)
    for (guint i = 0; names[i] != NULL; i++)
      {
        g_autofree char  *base = g_strconcat (names[i], ".txt", NULL);
        g_autofree char  *path = fazhi_test_data_path ("reports", base, NULL);
        g_autoptr (GFile) file = g_file_new_for_path (path);

        g_list_store_append (files, file);
        g_string_append_printf (expected, "%u ", n++);
      }

  batch = fazhi_batch_new (NULL);
  fazhi_batch_set_n_workers (batch, 2);
  g_signal_connect (batch, "report", G_CALLBACK (on_batch_report), &seen);
  ck_assert (fazhi_batch_run (batch, G_LIST_MODEL (files), NULL, &error));
  fazhi_assert_no_error (error);

  ck_assert_str_eq (seen.order->str, expected->str);
  ck_assert_uint_eq (seen.kept->len, (n + 1) / 2);
  /* Every dropped report is gone when the run returns, and the workers
   * freed them, but for the last few handed out after they stopped. */
  freed = g_atomic_int_get (&seen.freed);
  freed_by_workers = g_atomic_int_get (&seen.freed_by_workers);
  ck_assert_int_eq (seen.dropped, n / 2);
  ck_assert_int_eq (freed, seen.dropped);
  ck_assert_int_ge (freed_by_workers, seen.dropped - 8);
  for (guint i = 0; i < seen.kept->len; i++)
    {
      FazhiReport      *report = g_ptr_array_index (seen.kept, i);
      g_autoptr (GFile) file = g_list_model_get_item (G_LIST_MODEL (files), 2 * i);
      g_autofree char  *path = g_file_get_path (file);

      g_autoptr (FazhiReader) reader = fazhi_reader_new ();
      g_autoptr (FazhiReport) alone = fazhi_reader_read_file (reader, file, NULL, &error);
      g_autofree char        *got = fazhi_report_to_json (report, FAZHI_JSON_FLAGS_NONE);
      g_autofree char        *want = NULL;

      fazhi_assert_no_error (error);
      want = fazhi_report_to_json (alone, FAZHI_JSON_FLAGS_NONE);
      ck_assert_str_eq (fazhi_report_get_source (report), path);
      ck_assert_str_eq (got, want);
    }

  g_ptr_array_unref (seen.kept);
  g_string_free (seen.order, TRUE);
}
END_TEST

START_TEST (test_figure_edited_after_reading)
{
  g_autoptr (FazhiReader) reader = fazhi_reader_new ();
  g_autoptr (GError)      error = NULL;
  const char             *text = "南川县档案局\n关于2022年度法治政府建设情况的报告\n一、主要举措和成效\n全年办理行政复议案件12件。\n";
  FazhiReport            *report = fazhi_reader_read_text (reader, text, -1, &error);
  FazhiFigure            *figure;

  fazhi_assert_no_error (error);
  figure = g_list_model_get_item (fazhi_report_get_figures (report), 0);
  ck_assert_ptr_nonnull (figure);
  ck_assert_str_eq (fazhi_figure_get_text (figure), "12件");
  ck_assert_str_eq (fazhi_figure_get_subject (figure), "行政复议案件");

  /* A figure read from text shares one block for its text and subject:
   * replacing either, in any order, and outliving the report must leave
   * the other intact (valgrind and ASan watch the frees). */
  fazhi_figure_set_subject (figure, "复议案件");
  ck_assert_str_eq (fazhi_figure_get_text (figure), "12件");
  g_object_unref (report);
  fazhi_figure_set_text (figure, "十二件");
  ck_assert_str_eq (fazhi_figure_get_subject (figure), "复议案件");
  ck_assert_str_eq (fazhi_figure_get_text (figure), "十二件");
  g_object_unref (figure);
}
END_TEST

static Suite *
reader_suite (void)
{
  Suite *suite = suite_create ("reader");
  TCase *fixtures = tcase_create ("fixtures");
  TCase *seed = tcase_create ("seed");
  TCase *input = tcase_create ("input");

  fixture_names = list_fixtures ();

  tcase_add_loop_test (fixtures, test_fixture, 0, g_strv_length (fixture_names));
  tcase_add_loop_test (fixtures, test_fixture_evidence, 0, g_strv_length (fixture_names));
  suite_add_tcase (suite, fixtures);

  tcase_add_test (seed, test_seed);
  tcase_add_test (seed, test_seed_json_round_trip);
  suite_add_tcase (suite, seed);

  tcase_add_test (input, test_missing_file);
  tcase_add_test (input, test_too_large);
  tcase_add_test (input, test_stream_sizes);
  tcase_add_test (input, test_stream_and_text);
  tcase_add_test (input, test_figure_edited_after_reading);
  tcase_add_test (input, test_async);
  tcase_add_test (input, test_batch_keeps_what_handlers_keep);
  tcase_add_test (input, test_many_headings);
  tcase_add_test (input, test_one_long_line);
  tcase_add_test (input, test_random_text);
  tcase_set_timeout (input, 600);
  suite_add_tcase (suite, input);

  return suite;
}

int
main (void)
{
  return fazhi_test_run (reader_suite ());
}
