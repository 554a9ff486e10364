/* fazhi-summary.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "fazhi-checker-private.h"
#include "fazhi-error.h"
#include "fazhi-report-private.h"

/**
 * FazhiSummary:
 *
 * The figures of a check at a glance: which parts, obligation areas and
 * duties the report covers and which it misses, how many targets it sets
 * and how many of them can be measured, how much of last year's report
 * it follows up, how many findings of each severity the check made, and
 * a score from 0 to 100.
 *
 * A summary is made by the checker and never changes.
 */
struct _FazhiSummary
{
  GObject parent_instance;

  char **parts_present;
  char **parts_missing;
  char **areas_covered;
  char **areas_missing;
  char **duties_evidenced;
  char **duties_missing;
  double followup_rate;
  double score;
  guint  n_targets;
  guint  n_measurable;
  guint  n_errors;
  guint  n_warnings;
  guint  n_infos;
};

G_DEFINE_FINAL_TYPE (FazhiSummary, fazhi_summary, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_PARTS_PRESENT,
  PROP_PARTS_MISSING,
  PROP_AREAS_COVERED,
  PROP_AREAS_MISSING,
  PROP_DUTIES_EVIDENCED,
  PROP_DUTIES_MISSING,
  PROP_N_TARGETS,
  PROP_N_MEASURABLE,
  PROP_FOLLOWUP_RATE,
  PROP_N_ERRORS,
  PROP_N_WARNINGS,
  PROP_N_INFOS,
  PROP_SCORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define MAX_SCORE 100.0

static void
fazhi_summary_finalize (GObject *object)
{
  FazhiSummary *self = (FazhiSummary *) object;

  g_clear_pointer (&self->parts_present, g_strfreev);
  g_clear_pointer (&self->parts_missing, g_strfreev);
  g_clear_pointer (&self->areas_covered, g_strfreev);
  g_clear_pointer (&self->areas_missing, g_strfreev);
  g_clear_pointer (&self->duties_evidenced, g_strfreev);
  g_clear_pointer (&self->duties_missing, g_strfreev);

  G_OBJECT_CLASS (fazhi_summary_parent_class)->finalize (object);
}

static void
fazhi_summary_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FazhiSummary *self = FAZHI_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_PARTS_PRESENT:
      g_value_set_boxed (value, self->parts_present);
      break;
    case PROP_PARTS_MISSING:
      g_value_set_boxed (value, self->parts_missing);
      break;
    case PROP_AREAS_COVERED:
      g_value_set_boxed (value, self->areas_covered);
      break;
    case PROP_AREAS_MISSING:
      g_value_set_boxed (value, self->areas_missing);
      break;
    case PROP_DUTIES_EVIDENCED:
      g_value_set_boxed (value, self->duties_evidenced);
      break;
    case PROP_DUTIES_MISSING:
      g_value_set_boxed (value, self->duties_missing);
      break;
    case PROP_N_TARGETS:
      g_value_set_uint (value, self->n_targets);
      break;
    case PROP_N_MEASURABLE:
      g_value_set_uint (value, self->n_measurable);
      break;
    case PROP_FOLLOWUP_RATE:
      g_value_set_double (value, self->followup_rate);
      break;
    case PROP_N_ERRORS:
      g_value_set_uint (value, self->n_errors);
      break;
    case PROP_N_WARNINGS:
      g_value_set_uint (value, self->n_warnings);
      break;
    case PROP_N_INFOS:
      g_value_set_uint (value, self->n_infos);
      break;
    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_summary_class_init (FazhiSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_summary_finalize;
  object_class->get_property = fazhi_summary_get_property;

  /**
   * FazhiSummary:parts-present:
   *
   * The slugs of the required parts the report has.
   */
  properties[PROP_PARTS_PRESENT] =
    g_param_spec_boxed ("parts-present", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSummary:parts-missing:
   *
   * The slugs of the required parts the report lacks.
   */
  properties[PROP_PARTS_MISSING] =
    g_param_spec_boxed ("parts-missing", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSummary:areas-covered:
   *
   * The slugs of the framework's obligation areas the report covers.
   */
  properties[PROP_AREAS_COVERED] =
    g_param_spec_boxed ("areas-covered", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSummary:areas-missing:
   *
   * The slugs of the framework's obligation areas the report does not
   * cover.
   */
  properties[PROP_AREAS_MISSING] =
    g_param_spec_boxed ("areas-missing", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSummary:duties-evidenced:
   *
   * The slugs of the principal leaders' duties the report shows them
   * performing.
   */
  properties[PROP_DUTIES_EVIDENCED] =
    g_param_spec_boxed ("duties-evidenced", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSummary:duties-missing:
   *
   * The slugs of the principal leaders' duties the report says nothing
   * of.
   */
  properties[PROP_DUTIES_MISSING] =
    g_param_spec_boxed ("duties-missing", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSummary:n-targets:
   *
   * How many targets the report sets for the next year.
   */
  properties[PROP_N_TARGETS] =
    g_param_spec_uint ("n-targets", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSummary:n-measurable:
   *
   * How many of the targets a later report can show were met.
   */
  properties[PROP_N_MEASURABLE] =
    g_param_spec_uint ("n-measurable", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSummary:followup-rate:
   *
   * The share, from 0 to 1, of last year's targets and shortcomings that
   * the report follows up, or -1 when it was checked without last year's
   * report.
   */
  properties[PROP_FOLLOWUP_RATE] =
    g_param_spec_double ("followup-rate", NULL, NULL, -1.0, 1.0, -1.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSummary:n-errors:
   *
   * How many findings are errors.
   */
  properties[PROP_N_ERRORS] =
    g_param_spec_uint ("n-errors", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSummary:n-warnings:
   *
   * How many findings are warnings.
   */
  properties[PROP_N_WARNINGS] =
    g_param_spec_uint ("n-warnings", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSummary:n-infos:
   *
   * How many findings are information.
   */
  properties[PROP_N_INFOS] =
    g_param_spec_uint ("n-infos", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiSummary:score:
   *
   * How well the report meets its obligations, from 0 to 100.
   */
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, 0.0, MAX_SCORE, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fazhi_summary_init (FazhiSummary *self)
{
  self->followup_rate = -1.0;
}

static char **
strv_copy_or_empty (const char * const *strv)
{
  return strv != NULL ? g_strdupv ((char **) strv) : g_new0 (char *, 1);
}

FazhiSummary *
_fazhi_summary_new (const char * const *parts_present,
                    const char * const *parts_missing,
                    const char * const *areas_covered,
                    const char * const *areas_missing,
                    const char * const *duties_evidenced,
                    const char * const *duties_missing,
                    guint               n_targets,
                    guint               n_measurable,
                    double              followup_rate,
                    guint               n_errors,
                    guint               n_warnings,
                    guint               n_infos,
                    double              score)
{
  FazhiSummary *self;

  /* The negated forms also turn NaN away. */
  g_return_val_if_fail (followup_rate < 0.0 || followup_rate <= 1.0, NULL);
  g_return_val_if_fail (score >= 0.0 && score <= MAX_SCORE, NULL);

  self = g_object_new (FAZHI_TYPE_SUMMARY, NULL);
  self->parts_present = strv_copy_or_empty (parts_present);
  self->parts_missing = strv_copy_or_empty (parts_missing);
  self->areas_covered = strv_copy_or_empty (areas_covered);
  self->areas_missing = strv_copy_or_empty (areas_missing);
  self->duties_evidenced = strv_copy_or_empty (duties_evidenced);
  self->duties_missing = strv_copy_or_empty (duties_missing);
  self->n_targets = n_targets;
  self->n_measurable = n_measurable;
  self->followup_rate = followup_rate < 0.0 ? -1.0 : followup_rate;
  self->n_errors = n_errors;
  self->n_warnings = n_warnings;
  self->n_infos = n_infos;
  self->score = score;

  return self;
}

static gboolean
get_count (const FazhiJsonScope *scope,
           JsonObject           *object,
           const char           *where,
           const char           *member,
           guint                *out,
           GError              **error)
{
  gint64 value = 0;

  if (!fazhi_json_get_int (scope, object, where, member, FAZHI_JSON_NULLABLE, 0, G_MAXUINT, &value, error))
    return FALSE;

  *out = (guint) value;
  return TRUE;
}

static gboolean
get_fraction (const FazhiJsonScope *scope,
              JsonObject           *object,
              const char           *where,
              const char           *member,
              double                maximum,
              double               *out,
              GError              **error)
{
  JsonNode *node = json_object_get_member (object, member);
  double    value = 0.0;

  if (!fazhi_json_get_double (scope, object, where, member, FAZHI_JSON_NULLABLE, &value, error))
    return FALSE;

  /* Absent and null leave the default, which may be -1 ("none"). */
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!(value >= 0.0 && value <= maximum))
    {
      fazhi_json_set_error (scope, error, where, member, "%g is out of range (0–%g)", value, maximum);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

FazhiSummary *
_fazhi_summary_new_from_json_object (const FazhiJsonScope *scope,
                                     JsonObject           *object,
                                     const char           *where,
                                     GError              **error)
{
  g_auto (GStrv) parts_present = NULL;
  g_auto (GStrv) parts_missing = NULL;
  g_auto (GStrv) areas_covered = NULL;
  g_auto (GStrv) areas_missing = NULL;
  g_auto (GStrv) duties_evidenced = NULL;
  g_auto (GStrv) duties_missing = NULL;
  double         followup_rate = -1.0;
  double         score = 0.0;
  guint          n_targets = 0;
  guint          n_measurable = 0;
  guint          n_errors = 0;
  guint          n_warnings = 0;
  guint          n_infos = 0;

  if (!fazhi_json_get_strv (scope, object, where, "parts_present", FAZHI_JSON_NULLABLE, &parts_present, error) ||
      !fazhi_json_get_strv (scope, object, where, "parts_missing", FAZHI_JSON_NULLABLE, &parts_missing, error) ||
      !fazhi_json_get_strv (scope, object, where, "areas_covered", FAZHI_JSON_NULLABLE, &areas_covered, error) ||
      !fazhi_json_get_strv (scope, object, where, "areas_missing", FAZHI_JSON_NULLABLE, &areas_missing, error) ||
      !fazhi_json_get_strv (scope, object, where, "duties_evidenced", FAZHI_JSON_NULLABLE,
                            &duties_evidenced, error) ||
      !fazhi_json_get_strv (scope, object, where, "duties_missing", FAZHI_JSON_NULLABLE, &duties_missing, error) ||
      !get_count (scope, object, where, "targets", &n_targets, error) ||
      !get_count (scope, object, where, "measurable_targets", &n_measurable, error) ||
      !get_fraction (scope, object, where, "followup_rate", 1.0, &followup_rate, error) ||
      !get_count (scope, object, where, "errors", &n_errors, error) ||
      !get_count (scope, object, where, "warnings", &n_warnings, error) ||
      !get_count (scope, object, where, "infos", &n_infos, error) ||
      !get_fraction (scope, object, where, "score", MAX_SCORE, &score, error))
    return NULL;

  return _fazhi_summary_new ((const char * const *) parts_present,
                             (const char * const *) parts_missing,
                             (const char * const *) areas_covered,
                             (const char * const *) areas_missing,
                             (const char * const *) duties_evidenced,
                             (const char * const *) duties_missing,
                             n_targets, n_measurable, followup_rate,
                             n_errors, n_warnings, n_infos, score);
}

/**
 * fazhi_summary_new_from_json_node:
 * @node: a JSON object as written by [method@Fazhi.Summary.to_json_node]
 * @error: return location for a #GError
 *
 * Reads a summary from the check result format. Missing and null members
 * keep their defaults (empty lists, no counts, no follow-up rate, a score
 * of 0); a member of the wrong type, or a follow-up rate or score out of
 * range, fails with %FAZHI_ERROR_INVALID_REPORT.
 *
 * Returns: (transfer full): the summary, or %NULL with @error set
 */
FazhiSummary *
fazhi_summary_new_from_json_node (JsonNode *node,
                                  GError  **error)
{
  FazhiJsonScope scope = { FAZHI_REPORT_JSON_NAME, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT };
  JsonObject    *object = NULL;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!fazhi_json_as_object (&scope, node, NULL, &object, error))
    return NULL;

  return _fazhi_summary_new_from_json_object (&scope, object, NULL, error);
}

static void
add_count (JsonBuilder *builder,
           const char  *member,
           guint        value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

/**
 * fazhi_summary_to_json_node:
 * @self: a summary
 *
 * Writes the summary in the check result format. Every member is
 * present: lists may be empty, and `followup_rate` is null when there
 * was no previous report.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
fazhi_summary_to_json_node (FazhiSummary *self)
{
  g_autoptr (JsonBuilder) builder = NULL;

  g_return_val_if_fail (FAZHI_IS_SUMMARY (self), NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  fazhi_json_add_strv (builder, "parts_present", (const char * const *) self->parts_present);
  fazhi_json_add_strv (builder, "parts_missing", (const char * const *) self->parts_missing);
  fazhi_json_add_strv (builder, "areas_covered", (const char * const *) self->areas_covered);
  fazhi_json_add_strv (builder, "areas_missing", (const char * const *) self->areas_missing);
  fazhi_json_add_strv (builder, "duties_evidenced", (const char * const *) self->duties_evidenced);
  fazhi_json_add_strv (builder, "duties_missing", (const char * const *) self->duties_missing);
  add_count (builder, "targets", self->n_targets);
  add_count (builder, "measurable_targets", self->n_measurable);
  if (self->followup_rate >= 0.0)
    _fazhi_report_json_add_number (builder, "followup_rate", self->followup_rate);
  else
    {
      json_builder_set_member_name (builder, "followup_rate");
      json_builder_add_null_value (builder);
    }
  add_count (builder, "errors", self->n_errors);
  add_count (builder, "warnings", self->n_warnings);
  add_count (builder, "infos", self->n_infos);
  _fazhi_report_json_add_number (builder, "score", self->score);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * fazhi_summary_get_parts_present:
 * @self: a summary
 *
 * Returns: (transfer none) (array zero-terminated=1): the slugs of the
 *   required parts the report has
 */
const char * const *
fazhi_summary_get_parts_present (FazhiSummary *self)
{
  g_return_val_if_fail (FAZHI_IS_SUMMARY (self), NULL);

  return (const char * const *) self->parts_present;
}

/**
 * fazhi_summary_get_parts_missing:
 * @self: a summary
 *
 * Returns: (transfer none) (array zero-terminated=1): the slugs of the
 *   required parts the report lacks
 */
const char * const *
fazhi_summary_get_parts_missing (FazhiSummary *self)
{
  g_return_val_if_fail (FAZHI_IS_SUMMARY (self), NULL);

  return (const char * const *) self->parts_missing;
}

/**
 * fazhi_summary_get_areas_covered:
 * @self: a summary
 *
 * Returns: (transfer none) (array zero-terminated=1): the slugs of the
 *   obligation areas the report covers
 */
const char * const *
fazhi_summary_get_areas_covered (FazhiSummary *self)
{
  g_return_val_if_fail (FAZHI_IS_SUMMARY (self), NULL);

  return (const char * const *) self->areas_covered;
}

/**
 * fazhi_summary_get_areas_missing:
 * @self: a summary
 *
 * Returns: (transfer none) (array zero-terminated=1): the slugs of the
 *   obligation areas the report does not cover
 */
const char * const *
fazhi_summary_get_areas_missing (FazhiSummary *self)
{
  g_return_val_if_fail (FAZHI_IS_SUMMARY (self), NULL);

  return (const char * const *) self->areas_missing;
}

/**
 * fazhi_summary_get_duties_evidenced:
 * @self: a summary
 *
 * Returns: (transfer none) (array zero-terminated=1): the slugs of the
 *   duties the report shows the principal leaders performing
 */
const char * const *
fazhi_summary_get_duties_evidenced (FazhiSummary *self)
{
  g_return_val_if_fail (FAZHI_IS_SUMMARY (self), NULL);

  return (const char * const *) self->duties_evidenced;
}

/**
 * fazhi_summary_get_duties_missing:
 * @self: a summary
 *
 * Returns: (transfer none) (array zero-terminated=1): the slugs of the
 *   duties the report says nothing of
 */
const char * const *
fazhi_summary_get_duties_missing (FazhiSummary *self)
{
  g_return_val_if_fail (FAZHI_IS_SUMMARY (self), NULL);

  return (const char * const *) self->duties_missing;
}

/**
 * fazhi_summary_get_n_targets:
 * @self: a summary
 *
 * Returns: how many targets the report sets
 */
guint
fazhi_summary_get_n_targets (FazhiSummary *self)
{
  g_return_val_if_fail (FAZHI_IS_SUMMARY (self), 0);

  return self->n_targets;
}

/**
 * fazhi_summary_get_n_measurable:
 * @self: a summary
 *
 * Returns: how many of the targets can be measured
 */
guint
fazhi_summary_get_n_measurable (FazhiSummary *self)
{
  g_return_val_if_fail (FAZHI_IS_SUMMARY (self), 0);

  return self->n_measurable;
}

/**
 * fazhi_summary_get_followup_rate:
 * @self: a summary
 *
 * Returns: the share, from 0 to 1, of last year's items the report
 *   follows up, or -1 when there was no previous report
 */
double
fazhi_summary_get_followup_rate (FazhiSummary *self)
{
  g_return_val_if_fail (FAZHI_IS_SUMMARY (self), -1.0);

  return self->followup_rate;
}

/**
 * fazhi_summary_get_n_errors:
 * @self: a summary
 *
 * Returns: how many findings are errors
 */
guint
fazhi_summary_get_n_errors (FazhiSummary *self)
{
  g_return_val_if_fail (FAZHI_IS_SUMMARY (self), 0);

  return self->n_errors;
}

/**
 * fazhi_summary_get_n_warnings:
 * @self: a summary
 *
 * Returns: how many findings are warnings
 */
guint
fazhi_summary_get_n_warnings (FazhiSummary *self)
{
  g_return_val_if_fail (FAZHI_IS_SUMMARY (self), 0);

  return self->n_warnings;
}

/**
 * fazhi_summary_get_n_infos:
 * @self: a summary
 *
 * Returns: how many findings are information
 */
guint
fazhi_summary_get_n_infos (FazhiSummary *self)
{
  g_return_val_if_fail (FAZHI_IS_SUMMARY (self), 0);

  return self->n_infos;
}

/**
 * fazhi_summary_get_score:
 * @self: a summary
 *
 * Returns: how well the report meets its obligations, from 0 to 100
 */
double
fazhi_summary_get_score (FazhiSummary *self)
{
  g_return_val_if_fail (FAZHI_IS_SUMMARY (self), 0.0);

  return self->score;
}
