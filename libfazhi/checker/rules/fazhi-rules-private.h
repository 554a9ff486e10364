/* fazhi-rules-private.h: the built-in rules, one family per file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Adding a rule is adding an entry to its family's table (and a paragraph
 * to docs/rules.md); adding a family is adding a file and a line to
 * families[] in fazhi-checker.c.
 */

#pragma once

#include "fazhi-check-context-private.h"
#include "fazhi-i18n-private.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

typedef struct
{
  const char    *id;
  FazhiSeverity  severity;
  const char    *summary;        /* N_() — translated when the rule is made */
  FazhiRuleFunc  func;
  gboolean       needs_previous;
} FazhiRuleSpec;

void _fazhi_rules_add_table        (GPtrArray           *rules,
                                    const char          *family,
                                    const FazhiRuleSpec *specs,
                                    guint                n_specs);

/* Words that make a figure what was added this year (新增, 新认定…),
 * NULL-terminated; read by implausible-figure and figure-inconsistent. */
extern const char * const _fazhi_new_words[];

/* What a finding calls an item (a target, a shortcoming): its heading,
 * or the first 30 characters of its text. */
char *_fazhi_rules_label (const char *heading,
                          const char *text);

/* The first @max characters of @text, and … after them if there are
 * more. */
char *_fazhi_rules_head  (const char *text,
                          glong       max);

void _fazhi_rules_add_completeness (GPtrArray           *rules);
void _fazhi_rules_add_deadlines    (GPtrArray           *rules);
void _fazhi_rules_add_duties       (GPtrArray           *rules);
void _fazhi_rules_add_targets      (GPtrArray           *rules);
void _fazhi_rules_add_quality      (GPtrArray           *rules);
void _fazhi_rules_add_followup     (GPtrArray           *rules);

/* clang-format on */

G_END_DECLS
