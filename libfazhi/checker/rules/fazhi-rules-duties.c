/* fazhi-rules-duties.c: does the report show the leader's duties?
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * duty-not-evidenced
 */

#include "config.h"

#include "fazhi-rules-private.h"

static void
check_duty_not_evidenced (FazhiRule         *rule,
                          FazhiCheckContext *context,
                          gpointer           user_data)
{
  FazhiReport           *report = fazhi_check_context_get_report (context);
  FazhiCatalog          *duties = fazhi_catalog_get_builtin ("duties-2016");
  GListModel            *evidence = fazhi_report_get_duties (report);
  FazhiSection          *part = fazhi_report_find_part (report, "responsibility");
  g_autoptr (GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0, n = g_list_model_get_n_items (evidence); i < n; i++)
    g_hash_table_add (shown, (gpointer) _fazhi_report_list_get_duty (evidence, i));

  for (guint i = 0; i < fazhi_catalog_get_n_entries (duties); i++)
    {
      FazhiCatalogEntry *entry = fazhi_catalog_get_entry (duties, i);
      g_autofree char   *message = NULL;

      if (!fazhi_catalog_entry_get_required (entry) ||
          g_hash_table_contains (shown, fazhi_catalog_entry_get_slug (entry)))
        continue;

      message = g_strdup_printf (_ ("Nothing shows the principal leader's duty “%s” (%s)"),
                                 fazhi_catalog_entry_get_title (entry), fazhi_catalog_entry_get_slug (entry));
      _fazhi_check_context_add_at (context, part ? fazhi_section_get_line (part) : 0, message, "responsibility", NULL);
    }
}

static const FazhiRuleSpec rules[] = {
  { "duty-not-evidenced", FAZHI_SEVERITY_WARNING, N_ ("A first-responsible-person duty is not evidenced"),
    check_duty_not_evidenced, FALSE },
};

void
_fazhi_rules_add_duties (GPtrArray *out)
{
  _fazhi_rules_add_table (out, "duties", rules, G_N_ELEMENTS (rules));
}
