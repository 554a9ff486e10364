/* fazhi-rules-completeness.c: does the report have what it must have?
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * missing-part, missing-area, empty-section, missing-date, not-a-report
 */

#include "config.h"

#include "fazhi-rules-private.h"

/* A heading at least this long says something itself ("年底前建成…平台"). */
#define CONTENTFUL_HEADING_CHARS 15

static void
check_missing_part (FazhiRule         *rule,
                    FazhiCheckContext *context,
                    gpointer           user_data)
{
  FazhiReport  *report = fazhi_check_context_get_report (context);
  FazhiCatalog *parts = fazhi_catalog_get_builtin ("parts");
  GListModel   *sections = fazhi_report_get_sections (report);
  guint         n_sections = g_list_model_get_n_items (sections);

  for (guint i = 0; i < fazhi_catalog_get_n_entries (parts); i++)
    {
      FazhiCatalogEntry *entry = fazhi_catalog_get_entry (parts, i);
      const char        *slug = fazhi_catalog_entry_get_slug (entry);
      g_autofree char   *message = NULL;
      gboolean           present = FALSE;

      if (!fazhi_catalog_entry_get_required (entry))
        continue;
      /* fazhi_report_find_part() finds a part when some section has it:
       * walking up from any section of the part reaches one whose parent
       * is not of the part. Looking at the parts alone costs no parents. */
      for (guint k = 0; k < n_sections && !present; k++)
        {
          FazhiSectionView section;

          _fazhi_section_view_init (&section, sections, k);
          present = g_strcmp0 (section.part, slug) == 0;
        }
      if (present)
        continue;

      message = g_strdup_printf (_ ("The report has no part on “%s” (%s)"), fazhi_catalog_entry_get_title (entry), slug);
      _fazhi_check_context_add_at (context, 0, message, slug, NULL);
    }
}

static void
check_missing_area (FazhiRule         *rule,
                    FazhiCheckContext *context,
                    gpointer           user_data)
{
  FazhiReport   *report = fazhi_check_context_get_report (context);
  FazhiCatalog  *framework = fazhi_check_context_get_framework (context);
  FazhiPolicy   *policy = fazhi_check_context_get_policy (context);
  FazhiSection  *measures = fazhi_report_find_part (report, "measures");
  g_auto (GStrv) areas = fazhi_report_dup_areas (report);

  /* Without an outline there is nothing to cover; without a measures part,
   * missing-part has said what matters. */
  if (framework == NULL || measures == NULL)
    return;

  for (guint i = 0; i < fazhi_catalog_get_n_entries (framework); i++)
    {
      FazhiCatalogEntry *entry = fazhi_catalog_get_entry (framework, i);
      const char        *slug = fazhi_catalog_entry_get_slug (entry);
      g_autofree char   *message = NULL;

      if (!fazhi_catalog_entry_get_required (entry) || fazhi_catalog_entry_get_depth (entry) > 1 ||
          fazhi_policy_is_area_optional (policy, slug) || g_strv_contains ((const char * const *) areas, slug))
        continue;

      message = g_strdup_printf (_ ("No section of the measures covers the area “%s” (%s) of %s"),
                                 fazhi_catalog_entry_get_title (entry), slug, fazhi_catalog_get_id (framework));
      _fazhi_check_context_add_at (context, fazhi_section_get_line (measures), message, NULL, slug);
    }
}

static void
check_empty_section (FazhiRule         *rule,
                     FazhiCheckContext *context,
                     gpointer           user_data)
{
  GListModel *sections = fazhi_report_get_sections (fazhi_check_context_get_report (context));
  guint       n = g_list_model_get_n_items (sections);

  for (guint i = 0; i < n; i++)
    {
      FazhiSectionView section;
      FazhiSectionView next;
      const char      *body;
      const char      *heading;
      g_autofree char *message = NULL;

      _fazhi_section_view_init (&section, sections, i);
      body = section.body;
      heading = section.heading;
      if (body != NULL && *body != '\0')
        continue;
      if (i + 1 < n && (_fazhi_section_view_init (&next, sections, i + 1), next.level > section.level))
        continue;
      if (heading != NULL && g_utf8_strlen (heading, -1) >= CONTENTFUL_HEADING_CHARS)
        continue;

      message = g_strdup_printf (_ ("Nothing is written under the heading “%s”"), heading ? heading : "");
      fazhi_check_context_add (context, section.line, message);
    }
}

static void
check_missing_date (FazhiRule         *rule,
                    FazhiCheckContext *context,
                    gpointer           user_data)
{
  FazhiReport *report = fazhi_check_context_get_report (context);

  if (fazhi_report_get_date (report) == NULL)
    fazhi_check_context_add (context, 0, _ ("The report bears no signing date, so its timeliness cannot be judged"));
}

static void
check_not_a_report (FazhiRule         *rule,
                    FazhiCheckContext *context,
                    gpointer           user_data)
{
  FazhiReport     *report = fazhi_check_context_get_report (context);
  g_autofree char *message = NULL;

  if (fazhi_report_get_is_report (report))
    return;

  if (fazhi_report_get_title (report) != NULL)
    message = g_strdup_printf (_ ("“%s” is not an annual report on building rule-of-law government"),
                               fazhi_report_get_title (report));
  else
    message = g_strdup (_ ("This text is not an annual report on building rule-of-law government"));
  fazhi_check_context_add (context, 0, message);
}

static const FazhiRuleSpec rules[] = {
  { "missing-part", FAZHI_SEVERITY_ERROR, N_ ("A required part of the report is missing"), check_missing_part, FALSE },
  { "missing-area", FAZHI_SEVERITY_WARNING, N_ ("An obligation area of the outline is not reported on"),
    check_missing_area, FALSE },
  { "empty-section", FAZHI_SEVERITY_WARNING, N_ ("A heading has no text under it"), check_empty_section, FALSE },
  { "missing-date", FAZHI_SEVERITY_WARNING, N_ ("The report has no signing date"), check_missing_date, FALSE },
  { "not-a-report", FAZHI_SEVERITY_ERROR, N_ ("The text is not an annual rule-of-law report"), check_not_a_report,
    FALSE },
};

void
_fazhi_rules_add_completeness (GPtrArray *out)
{
  _fazhi_rules_add_table (out, "completeness", rules, G_N_ELEMENTS (rules));
}
