/* fazhi-rules-deadlines.c: on time, and about the right year?
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * late-report, year-mismatch
 */

#include "config.h"

#include <string.h>

#include "fazhi-evidence-private.h"
#include "fazhi-json-private.h"
#include "fazhi-rules-private.h"

/* The year the body reports on: the year the measures part's heading
 * names, else the year its first section opens with ("2022年，…"). */
static int
body_year (FazhiReport *report,
           guint       *line)
{
  FazhiSection *measures = fazhi_report_find_part (report, "measures");
  GListModel   *sections = fazhi_report_get_sections (report);
  int           year = 0;

  if (measures == NULL)
    return 0;

  {
    const char      *raw = fazhi_section_get_heading (measures);
    g_autofree char *heading = _fazhi_normalize (raw != NULL ? raw : "", -1);

    year = _fazhi_find_report_year (heading, strlen (heading));
    *line = fazhi_section_get_line (measures);
  }

  for (guint i = 0; year == 0 && i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr (FazhiSection) section = g_list_model_get_item (sections, i);
      g_autofree char         *body = NULL;

      if (g_strcmp0 (fazhi_section_get_part (section), "measures") != 0 || fazhi_section_get_body (section) == NULL)
        continue;
      body = _fazhi_normalize (fazhi_section_get_body (section), -1);
      /* Only an opening "2022年，" states the year; later years in the text
       * may be plans or history. */
      if (strlen (body) > 7 && g_ascii_isdigit (body[0]) && memcmp (body + 4, "年", 3) == 0)
        {
          year = _fazhi_find_report_year (body, 7);
          *line = fazhi_section_get_body_line (section);
        }
      break;
    }

  return year;
}

static void
check_late_report (FazhiRule         *rule,
                   FazhiCheckContext *context,
                   gpointer           user_data)
{
  FazhiReport      *report = fazhi_check_context_get_report (context);
  FazhiPolicy      *policy = fazhi_check_context_get_policy (context);
  const GDate      *date = fazhi_report_get_date (report);
  int               year = fazhi_report_get_year (report);
  g_autoptr (GDate) deadline = NULL;
  g_autofree char  *signed_on = NULL;
  g_autofree char  *last_day = NULL;
  g_autofree char  *rule_text = NULL;
  g_autofree char  *message = NULL;

  /* missing-date speaks for reports without a date. */
  if (date == NULL || year <= 0)
    return;

  /* When title and body disagree (year-mismatch), the year the body
   * reports on is the one the date fits: a report signed in January 2023
   * whose title says 2021 but whose body says 2022 is not a year late. */
  {
    guint line = 0;
    int   stated = body_year (report, &line);

    if (stated > 0 && stated != year && stated == (int) g_date_get_year (date) - 1)
      year = stated;
  }

  deadline = fazhi_policy_dup_deadline (policy, fazhi_report_get_level (report), FAZHI_DEADLINE_REPORT, year);
  if (deadline == NULL || g_date_compare (date, deadline) <= 0)
    return;

  signed_on = fazhi_date_to_iso (date);
  last_day = fazhi_date_to_iso (deadline);
  rule_text = fazhi_policy_describe_deadline (policy, fazhi_report_get_level (report), FAZHI_DEADLINE_REPORT);
  message = g_strdup_printf (_ ("Signed on %s, after the deadline for the report on %d: %s (%s, policy “%s”)"),
                             signed_on, year, last_day, rule_text, fazhi_policy_get_name (policy));
  fazhi_check_context_add (context, 0, message);
}

static void
check_year_mismatch (FazhiRule         *rule,
                     FazhiCheckContext *context,
                     gpointer           user_data)
{
  FazhiReport     *report = fazhi_check_context_get_report (context);
  const char      *title = fazhi_report_get_title (report);
  g_autofree char *normalized = NULL;
  g_autofree char *message = NULL;
  int              title_year, stated;
  guint            line = 0;

  if (title == NULL)
    return;
  normalized = _fazhi_normalize (title, -1);
  title_year = _fazhi_find_report_year (normalized, strlen (normalized));
  stated = body_year (report, &line);
  if (title_year == 0 || stated == 0 || title_year == stated)
    return;

  message = g_strdup_printf (_ ("The title reports on %d but the body on %d"), title_year, stated);
  fazhi_check_context_add (context, line, message);
}

static const FazhiRuleSpec rules[] = {
  { "late-report", FAZHI_SEVERITY_ERROR, N_ ("The report was signed after the deadline"), check_late_report, FALSE },
  { "year-mismatch", FAZHI_SEVERITY_WARNING, N_ ("Title and body disagree about the year reported on"),
    check_year_mismatch, FALSE },
};

void
_fazhi_rules_add_deadlines (GPtrArray *out)
{
  _fazhi_rules_add_table (out, "deadlines", rules, G_N_ELEMENTS (rules));
}
