/* fazhi-rules-targets.c: are next year's targets real?
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * unmeasurable-target, target-without-owner, shortcoming-unanswered
 */

#include "config.h"

#include <string.h>

#include "fazhi-bigrams-private.h"
#include "fazhi-document-private.h"
#include "fazhi-rules-private.h"

/* A plans item answers a shortcoming when they share at least this many
 * meaningful character pairs (宣传, 力度, 执法队伍…). */
#define ANSWER_MIN_COMMON 2

static void
check_unmeasurable_target (FazhiRule         *rule,
                           FazhiCheckContext *context,
                           gpointer           user_data)
{
  GListModel *targets = fazhi_report_get_targets (fazhi_check_context_get_report (context));

  for (guint i = 0, n = g_list_model_get_n_items (targets); i < n; i++)
    {
      FazhiTarget     *target = _fazhi_report_list_peek (targets, i);
      g_autofree char *label = NULL;
      g_autofree char *message = NULL;

      if (fazhi_target_get_measurable (target))
        continue;
      label = _fazhi_rules_label (fazhi_target_get_heading (target), fazhi_target_get_text (target));
      message = g_strdup_printf (_ ("The target “%s” sets no quantity, deadline or deliverable"), label);
      fazhi_check_context_add (context, fazhi_target_get_line (target), message);
    }
}

static void
check_target_without_owner (FazhiRule         *rule,
                            FazhiCheckContext *context,
                            gpointer           user_data)
{
  GListModel *targets = fazhi_report_get_targets (fazhi_check_context_get_report (context));

  for (guint i = 0, n = g_list_model_get_n_items (targets); i < n; i++)
    {
      FazhiTarget     *target = _fazhi_report_list_peek (targets, i);
      g_autofree char *label = NULL;
      g_autofree char *message = NULL;

      if (fazhi_target_get_owner (target) != NULL)
        continue;
      label = _fazhi_rules_label (fazhi_target_get_heading (target), fazhi_target_get_text (target));
      message = g_strdup_printf (_ ("The target “%s” names no one responsible for it"), label);
      fazhi_check_context_add (context, fazhi_target_get_line (target), message);
    }
}

static GArray *
bigrams_of (const char *heading,
            const char *body)
{
  GArray          *bigrams = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autofree char *text = g_strconcat (heading ? heading : "", "。", body ? body : "", NULL);
  g_autofree char *normalized = _fazhi_normalize (text, -1);

  _fazhi_bigrams_collect (normalized, strlen (normalized), bigrams);
  return bigrams;
}

static void
check_shortcoming_unanswered (FazhiRule         *rule,
                              FazhiCheckContext *context,
                              gpointer           user_data)
{
  FazhiReport           *report = fazhi_check_context_get_report (context);
  FazhiSection          *part = fazhi_report_find_part (report, "shortcomings");
  GListModel            *targets = fazhi_report_get_targets (report);
  g_autoptr (GListModel) items = NULL;
  g_autoptr (GPtrArray)  plans = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr (GHashTable) planned_areas = g_hash_table_new (g_str_hash, g_str_equal);

  /* Without items on either side there is nothing to pair up; missing-part
   * covers a report without plans. */
  if (part == NULL || g_list_model_get_n_items (targets) == 0)
    return;
  items = fazhi_report_dup_items (report, part);

  for (guint i = 0, n = g_list_model_get_n_items (targets); i < n; i++)
    {
      FazhiTarget *target = _fazhi_report_list_peek (targets, i);

      g_ptr_array_add (plans, bigrams_of (NULL, fazhi_target_get_text (target)));
      if (fazhi_target_get_area (target) != NULL)
        g_hash_table_add (planned_areas, (gpointer) g_intern_string (fazhi_target_get_area (target)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (FazhiSection) item = g_list_model_get_item (items, i);
      g_autoptr (GArray)       shortcoming = bigrams_of (fazhi_section_get_heading (item), fazhi_section_get_body (item));
      g_autofree char         *message = NULL;
      guint                    best = 0;

      for (guint k = 0; k < plans->len; k++)
        {
          GArray *plan = g_ptr_array_index (plans, k);

          best = MAX (best, _fazhi_bigrams_common ((guint64 *) shortcoming->data, shortcoming->len,
                                                   (guint64 *) plan->data, plan->len));
        }
      /* Shared wording, or a plans item about the same obligation area. */
      if (best >= ANSWER_MIN_COMMON ||
          (fazhi_section_get_area (item) != NULL &&
           g_hash_table_contains (planned_areas, g_intern_string (fazhi_section_get_area (item)))))
        continue;

      message = g_strdup_printf (_ ("No plans item answers the shortcoming “%s”"),
                                 fazhi_section_get_heading (item) ? fazhi_section_get_heading (item) : "");
      fazhi_check_context_add (context, fazhi_section_get_line (item), message);
    }
}

static const FazhiRuleSpec rules[] = {
  { "unmeasurable-target", FAZHI_SEVERITY_INFO, N_ ("A target has no quantity, deadline or deliverable"),
    check_unmeasurable_target, FALSE },
  { "target-without-owner", FAZHI_SEVERITY_INFO, N_ ("A target names no one responsible"),
    check_target_without_owner, FALSE },
  { "shortcoming-unanswered", FAZHI_SEVERITY_WARNING, N_ ("A shortcoming is not answered by any plans item"),
    check_shortcoming_unanswered, FALSE },
};

void
_fazhi_rules_add_targets (GPtrArray *out)
{
  _fazhi_rules_add_table (out, "targets", rules, G_N_ELEMENTS (rules));
}
