/* fazhi-rule.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "fazhi-check-context-private.h"
#include "fazhi-enums.h"
#include "fazhi-rule.h"

/**
 * FazhiRule:
 *
 * One check a [class@Fazhi.Checker] runs over a report.
 *
 * Every rule has a stable id (`repeated-text`), a default severity and a
 * short summary; the checker's [class@Fazhi.Policy] can switch it off or
 * change its severity. The built-in rules come in families (completeness,
 * deadlines, duties, targets, quality, follow-up); a supervisor adds a
 * local requirement with [ctor@Fazhi.Rule.new] and
 * [method@Fazhi.Checker.add_rule], from C, Python or JavaScript:
 *
 * ```python
 * def no_todo(rule, context):
 *     for section in context.get_report().get_sections():
 *         if "TODO" in (section.props.body or ""):
 *             context.add(section.props.line, "leftover TODO")
 *
 * checker.add_rule(Fazhi.Rule.new("no-todo", Fazhi.Severity.WARNING,
 *                                 "No TODO markers", no_todo))
 * ```
 */
struct _FazhiRule
{
  GObject parent_instance;

  char          *id;
  char          *summary;
  const char    *family;
  FazhiRuleFunc  func;
  gpointer       user_data;
  GDestroyNotify destroy;
  FazhiSeverity  severity;
  guint          needs_previous : 1;
  guint          enabled : 1;
};

G_DEFINE_FINAL_TYPE (FazhiRule, fazhi_rule, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_SEVERITY,
  PROP_SUMMARY,
  PROP_FAMILY,
  PROP_NEEDS_PREVIOUS,
  PROP_ENABLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fazhi_rule_finalize (GObject *object)
{
  FazhiRule *self = (FazhiRule *) object;

  if (self->destroy != NULL)
    self->destroy (self->user_data);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (fazhi_rule_parent_class)->finalize (object);
}

static void
fazhi_rule_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FazhiRule *self = FAZHI_RULE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_FAMILY:
      g_value_set_string (value, self->family);
      break;
    case PROP_NEEDS_PREVIOUS:
      g_value_set_boolean (value, self->needs_previous);
      break;
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_rule_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  FazhiRule *self = FAZHI_RULE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_SEVERITY:
      self->severity = g_value_get_enum (value);
      break;
    case PROP_SUMMARY:
      self->summary = g_value_dup_string (value);
      break;
    case PROP_NEEDS_PREVIOUS:
      fazhi_rule_set_needs_previous (self, g_value_get_boolean (value));
      break;
    case PROP_ENABLED:
      fazhi_rule_set_enabled (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_rule_class_init (FazhiRuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_rule_finalize;
  object_class->get_property = fazhi_rule_get_property;
  object_class->set_property = fazhi_rule_set_property;

  /**
   * FazhiRule:id:
   *
   * The stable identifier, such as `missing-part`; policies name rules by it.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiRule:severity:
   *
   * The severity of the rule's findings unless the policy says otherwise.
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, FAZHI_TYPE_SEVERITY, FAZHI_SEVERITY_WARNING,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiRule:summary:
   *
   * What the rule checks, in a few words, in the user's language.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiRule:family:
   *
   * The family of a built-in rule (`completeness`, `deadlines`, `duties`,
   * `targets`, `quality`, `followup`), or `custom`.
   */
  properties[PROP_FAMILY] =
    g_param_spec_string ("family", NULL, NULL, "custom",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiRule:needs-previous:
   *
   * Whether the rule only runs when last year's report is given.
   */
  properties[PROP_NEEDS_PREVIOUS] =
    g_param_spec_boolean ("needs-previous", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiRule:enabled:
   *
   * Whether the rule runs when the policy says nothing about it.
   */
  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fazhi_rule_init (FazhiRule *self)
{
  self->family = "custom";
  self->enabled = TRUE;
}

/**
 * fazhi_rule_new:
 * @id: a stable identifier: lower-case letters, digits and `-`
 * @severity: the severity of the rule's findings
 * @summary: what the rule checks, in a few words
 * @func: (scope notified) (closure user_data) (destroy destroy): the check
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data when the rule goes away
 *
 * Creates a rule of your own; add it with
 * [method@Fazhi.Checker.add_rule].
 *
 * Returns: (transfer full): a new rule
 */
FazhiRule *
fazhi_rule_new (const char    *id,
                FazhiSeverity  severity,
                const char    *summary,
                FazhiRuleFunc  func,
                gpointer       user_data,
                GDestroyNotify destroy)
{
  FazhiRule *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_object_new (FAZHI_TYPE_RULE, "id", id, "severity", severity, "summary", summary, NULL);
  self->func = func;
  self->user_data = user_data;
  self->destroy = destroy;

  return self;
}

FazhiRule *
_fazhi_rule_new_builtin (const char   *id,
                         FazhiSeverity severity,
                         const char   *family,
                         const char   *summary,
                         FazhiRuleFunc func,
                         gboolean      needs_previous)
{
  FazhiRule *self = fazhi_rule_new (id, severity, summary, func, NULL, NULL);

  self->family = family;
  self->needs_previous = !!needs_previous;
  return self;
}

void
_fazhi_rule_run (FazhiRule         *self,
                 FazhiCheckContext *context)
{
  self->func (self, context, self->user_data);
}

/**
 * fazhi_rule_get_id:
 * @self: a rule
 *
 * Returns: the rule's stable identifier
 */
const char *
fazhi_rule_get_id (FazhiRule *self)
{
  g_return_val_if_fail (FAZHI_IS_RULE (self), NULL);

  return self->id;
}

/**
 * fazhi_rule_get_severity:
 * @self: a rule
 *
 * Returns: the default severity of the rule's findings
 */
FazhiSeverity
fazhi_rule_get_severity (FazhiRule *self)
{
  g_return_val_if_fail (FAZHI_IS_RULE (self), FAZHI_SEVERITY_WARNING);

  return self->severity;
}

/**
 * fazhi_rule_get_summary:
 * @self: a rule
 *
 * Returns: what the rule checks, in a few words
 */
const char *
fazhi_rule_get_summary (FazhiRule *self)
{
  g_return_val_if_fail (FAZHI_IS_RULE (self), NULL);

  return self->summary;
}

/**
 * fazhi_rule_get_family:
 * @self: a rule
 *
 * Returns: the family of a built-in rule, or `custom`
 */
const char *
fazhi_rule_get_family (FazhiRule *self)
{
  g_return_val_if_fail (FAZHI_IS_RULE (self), NULL);

  return self->family;
}

/**
 * fazhi_rule_get_needs_previous:
 * @self: a rule
 *
 * Returns: whether the rule only runs when last year's report is given
 */
gboolean
fazhi_rule_get_needs_previous (FazhiRule *self)
{
  g_return_val_if_fail (FAZHI_IS_RULE (self), FALSE);

  return self->needs_previous;
}

/**
 * fazhi_rule_set_needs_previous:
 * @self: a rule
 * @needs_previous: whether the rule compares with last year's report
 *
 * Makes the rule run only when last year's report is given.
 */
void
fazhi_rule_set_needs_previous (FazhiRule *self,
                               gboolean   needs_previous)
{
  g_return_if_fail (FAZHI_IS_RULE (self));

  needs_previous = !!needs_previous;
  if (self->needs_previous == (guint) needs_previous)
    return;
  self->needs_previous = needs_previous;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEEDS_PREVIOUS]);
}

/**
 * fazhi_rule_get_enabled:
 * @self: a rule
 *
 * Returns: whether the rule runs when the policy says nothing about it
 */
gboolean
fazhi_rule_get_enabled (FazhiRule *self)
{
  g_return_val_if_fail (FAZHI_IS_RULE (self), FALSE);

  return self->enabled;
}

/**
 * fazhi_rule_set_enabled:
 * @self: a rule
 * @enabled: whether the rule runs by default
 *
 * Switches the rule on or off by default. A policy's `on` and `off`
 * override this for the checks it governs.
 */
void
fazhi_rule_set_enabled (FazhiRule *self,
                        gboolean   enabled)
{
  g_return_if_fail (FAZHI_IS_RULE (self));

  enabled = !!enabled;
  if (self->enabled == (guint) enabled)
    return;
  self->enabled = enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}
