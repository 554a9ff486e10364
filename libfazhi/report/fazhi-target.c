/* fazhi-target.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "fazhi-enums.h"
#include "fazhi-error.h"
#include "fazhi-report-private.h"

/**
 * FazhiTarget:
 *
 * One item of the plans a report makes for the next year.
 *
 * The [property@Fazhi.Target:text] is the whole item as written; the
 * other properties are what the reader made of it: how much
 * ([property@Fazhi.Target:quantity] and [property@Fazhi.Target:unit]), how
 * often, who is responsible and by when. A target is
 * [property@Fazhi.Target:measurable] when a later report can show whether
 * it was met; the [property@Fazhi.Target:status] records what that report
 * showed.
 */
struct _FazhiTarget
{
  GObject parent_instance;

  char             *text;
  char             *heading;
  char             *unit;
  char             *owner;
  char             *area;
  GDate            *due;
  double            quantity;
  FazhiPeriod       period;
  FazhiTargetStatus status;
  guint             line;
  guint             has_quantity : 1;
  guint             measurable : 1;
};

G_DEFINE_FINAL_TYPE (FazhiTarget, fazhi_target, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_TEXT,
  PROP_HEADING,
  PROP_QUANTITY,
  PROP_HAS_QUANTITY,
  PROP_UNIT,
  PROP_PERIOD,
  PROP_OWNER,
  PROP_DUE,
  PROP_MEASURABLE,
  PROP_AREA,
  PROP_LINE,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fazhi_target_finalize (GObject *object)
{
  FazhiTarget *self = (FazhiTarget *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->heading, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->area, g_free);
  g_clear_pointer (&self->due, g_date_free);

  G_OBJECT_CLASS (fazhi_target_parent_class)->finalize (object);
}

static void
fazhi_target_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FazhiTarget *self = FAZHI_TARGET (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;
    case PROP_QUANTITY:
      g_value_set_double (value, self->quantity);
      break;
    case PROP_HAS_QUANTITY:
      g_value_set_boolean (value, self->has_quantity);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    case PROP_PERIOD:
      g_value_set_enum (value, self->period);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_DUE:
      g_value_set_boxed (value, self->due);
      break;
    case PROP_MEASURABLE:
      g_value_set_boolean (value, self->measurable);
      break;
    case PROP_AREA:
      g_value_set_string (value, self->area);
      break;
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_target_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FazhiTarget *self = FAZHI_TARGET (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      fazhi_target_set_text (self, g_value_get_string (value));
      break;
    case PROP_HEADING:
      fazhi_target_set_heading (self, g_value_get_string (value));
      break;
    case PROP_QUANTITY:
      fazhi_target_set_quantity (self, g_value_get_double (value));
      break;
    case PROP_UNIT:
      fazhi_target_set_unit (self, g_value_get_string (value));
      break;
    case PROP_PERIOD:
      fazhi_target_set_period (self, g_value_get_enum (value));
      break;
    case PROP_OWNER:
      fazhi_target_set_owner (self, g_value_get_string (value));
      break;
    case PROP_DUE:
      fazhi_target_set_due (self, g_value_get_boxed (value));
      break;
    case PROP_MEASURABLE:
      fazhi_target_set_measurable (self, g_value_get_boolean (value));
      break;
    case PROP_AREA:
      fazhi_target_set_area (self, g_value_get_string (value));
      break;
    case PROP_LINE:
      fazhi_target_set_line (self, g_value_get_uint (value));
      break;
    case PROP_STATUS:
      fazhi_target_set_status (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fazhi_target_class_init (FazhiTargetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fazhi_target_finalize;
  object_class->get_property = fazhi_target_get_property;
  object_class->set_property = fazhi_target_set_property;

  /**
   * FazhiTarget:text:
   *
   * The whole plans item as written, or %NULL.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiTarget:heading:
   *
   * The item's short heading (`一是加强普法宣传`), or %NULL.
   */
  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiTarget:quantity:
   *
   * How much the item promises, in [property@Fazhi.Target:unit]; only
   * meaningful when [property@Fazhi.Target:has-quantity] is set. Setting
   * it sets [property@Fazhi.Target:has-quantity].
   */
  properties[PROP_QUANTITY] =
    g_param_spec_double ("quantity", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiTarget:has-quantity:
   *
   * Whether the item states a quantity. Use
   * [method@Fazhi.Target.clear_quantity] to unset it.
   */
  properties[PROP_HAS_QUANTITY] =
    g_param_spec_boolean ("has-quantity", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiTarget:unit:
   *
   * The unit or measure word of the quantity (`次`, `场`), or %NULL.
   */
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiTarget:period:
   *
   * How often the item recurs (`每年`, `每季度`).
   */
  properties[PROP_PERIOD] =
    g_param_spec_enum ("period", NULL, NULL,
                       FAZHI_TYPE_PERIOD, FAZHI_PERIOD_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiTarget:owner:
   *
   * Who is responsible (`综合科`), or %NULL.
   */
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiTarget:due:
   *
   * The date by which the item is to be done, or %NULL.
   */
  properties[PROP_DUE] =
    g_param_spec_boxed ("due", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiTarget:measurable:
   *
   * Whether a later report can show whether the item was met.
   */
  properties[PROP_MEASURABLE] =
    g_param_spec_boolean ("measurable", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiTarget:area:
   *
   * The slug of the obligation area the item is about, or %NULL.
   */
  properties[PROP_AREA] =
    g_param_spec_string ("area", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiTarget:line:
   *
   * The 1-based source line where the item starts, or 0 when unknown.
   */
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FazhiTarget:status:
   *
   * What became of the item, as judged against the next year's report.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       FAZHI_TYPE_TARGET_STATUS, FAZHI_TARGET_STATUS_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fazhi_target_init (FazhiTarget *self)
{
  self->period = FAZHI_PERIOD_NONE;
  self->status = FAZHI_TARGET_STATUS_UNKNOWN;
}

/**
 * fazhi_target_new:
 * @text: (nullable): the whole plans item
 *
 * Creates a target with no quantity, period, owner or due date.
 *
 * Returns: (transfer full): a new target
 */
FazhiTarget *
fazhi_target_new (const char *text)
{
  return g_object_new (FAZHI_TYPE_TARGET,
                       "text", text,
                       NULL);
}

FazhiTarget *
_fazhi_target_new_from_json_object (const FazhiJsonScope *scope,
                                    JsonObject           *object,
                                    const char           *where,
                                    GError              **error)
{
  g_autoptr (FazhiTarget) self = g_object_new (FAZHI_TYPE_TARGET, NULL);
  g_autoptr (GDate)       due = NULL;
  const char             *text = NULL;
  const char             *heading = NULL;
  const char             *unit = NULL;
  const char             *owner = NULL;
  const char             *area = NULL;
  JsonNode               *quantity_node;
  double                  quantity = 0.0;
  int                     period = FAZHI_PERIOD_NONE;
  int                     status = FAZHI_TARGET_STATUS_UNKNOWN;
  gboolean                measurable = FALSE;
  gint64                  line = 0;

  if (!fazhi_json_get_string (scope, object, where, "text", FAZHI_JSON_NULLABLE, &text, error) ||
      !fazhi_json_get_string (scope, object, where, "heading", FAZHI_JSON_NULLABLE, &heading, error) ||
      !fazhi_json_get_double (scope, object, where, "quantity", FAZHI_JSON_NULLABLE, &quantity, error) ||
      !fazhi_json_get_string (scope, object, where, "unit", FAZHI_JSON_NULLABLE, &unit, error) ||
      !fazhi_json_get_enum (scope, object, where, "period", FAZHI_JSON_NULLABLE, FAZHI_TYPE_PERIOD, &period, error) ||
      !fazhi_json_get_string (scope, object, where, "owner", FAZHI_JSON_NULLABLE, &owner, error) ||
      !fazhi_json_get_date (scope, object, where, "due", FAZHI_JSON_NULLABLE, &due, error) ||
      !fazhi_json_get_bool (scope, object, where, "measurable", FAZHI_JSON_NULLABLE, &measurable, error) ||
      !fazhi_json_get_string (scope, object, where, "area", FAZHI_JSON_NULLABLE, &area, error) ||
      !fazhi_json_get_int (scope, object, where, "line", FAZHI_JSON_NULLABLE, 0, G_MAXUINT, &line, error) ||
      !fazhi_json_get_enum (scope, object, where, "status", FAZHI_JSON_NULLABLE,
                            FAZHI_TYPE_TARGET_STATUS, &status, error))
    return NULL;

  /* Null and absent both mean "no quantity"; the getter above accepted it. */
  quantity_node = json_object_get_member (object, "quantity");
  self->has_quantity = quantity_node != NULL && !JSON_NODE_HOLDS_NULL (quantity_node);
  self->quantity = self->has_quantity ? quantity : 0.0;

  self->text = g_strdup (text);
  self->heading = g_strdup (heading);
  self->unit = g_strdup (unit);
  self->period = period;
  self->owner = g_strdup (owner);
  self->due = g_steal_pointer (&due);
  self->measurable = !!measurable;
  self->area = g_strdup (area);
  self->line = (guint) line;
  self->status = status;

  return g_steal_pointer (&self);
}

/**
 * fazhi_target_new_from_json_node:
 * @node: a JSON object as written by [method@Fazhi.Target.to_json_node]
 * @error: return location for a #GError
 *
 * Reads a target from the report interchange format. Missing and null
 * members keep their defaults; a member of the wrong type, an unknown
 * period or status, or a malformed date fails with
 * %FAZHI_ERROR_INVALID_REPORT.
 *
 * Returns: (transfer full): the target, or %NULL with @error set
 */
FazhiTarget *
fazhi_target_new_from_json_node (JsonNode *node,
                                 GError  **error)
{
  FazhiJsonScope scope = { FAZHI_REPORT_JSON_NAME, FAZHI_ERROR, FAZHI_ERROR_INVALID_REPORT };
  JsonObject    *object = NULL;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!fazhi_json_as_object (&scope, node, NULL, &object, error))
    return NULL;

  return _fazhi_target_new_from_json_object (&scope, object, NULL, error);
}

/**
 * fazhi_target_to_json_node:
 * @self: a target
 *
 * Writes the target in the report interchange format. Every member is
 * present; absent values (and the quantity of a target without one) are
 * null.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
fazhi_target_to_json_node (FazhiTarget *self)
{
  g_autoptr (JsonBuilder) builder = NULL;

  g_return_val_if_fail (FAZHI_IS_TARGET (self), NULL);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  fazhi_json_add_string (builder, "text", self->text);
  fazhi_json_add_string (builder, "heading", self->heading);
  if (self->has_quantity)
    _fazhi_report_json_add_number (builder, "quantity", self->quantity);
  else
    {
      json_builder_set_member_name (builder, "quantity");
      json_builder_add_null_value (builder);
    }
  fazhi_json_add_string (builder, "unit", self->unit);
  fazhi_json_add_enum (builder, "period", FAZHI_TYPE_PERIOD, self->period, FAZHI_PERIOD_NONE);
  fazhi_json_add_string (builder, "owner", self->owner);
  fazhi_json_add_date (builder, "due", self->due);
  json_builder_set_member_name (builder, "measurable");
  json_builder_add_boolean_value (builder, self->measurable);
  fazhi_json_add_string (builder, "area", self->area);
  fazhi_json_add_uint_or_null (builder, "line", self->line);
  fazhi_json_add_enum (builder, "status", FAZHI_TYPE_TARGET_STATUS, self->status, FAZHI_TARGET_STATUS_UNKNOWN);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * fazhi_target_get_text:
 * @self: a target
 *
 * Returns: (nullable): the whole plans item
 */
const char *
fazhi_target_get_text (FazhiTarget *self)
{
  g_return_val_if_fail (FAZHI_IS_TARGET (self), NULL);

  return self->text;
}

/**
 * fazhi_target_set_text:
 * @self: a target
 * @text: (nullable): the whole plans item
 *
 * Sets [property@Fazhi.Target:text].
 */
void
fazhi_target_set_text (FazhiTarget *self,
                       const char  *text)
{
  g_return_if_fail (FAZHI_IS_TARGET (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * fazhi_target_get_heading:
 * @self: a target
 *
 * Returns: (nullable): the item's short heading
 */
const char *
fazhi_target_get_heading (FazhiTarget *self)
{
  g_return_val_if_fail (FAZHI_IS_TARGET (self), NULL);

  return self->heading;
}

/**
 * fazhi_target_set_heading:
 * @self: a target
 * @heading: (nullable): the item's short heading
 *
 * Sets [property@Fazhi.Target:heading].
 */
void
fazhi_target_set_heading (FazhiTarget *self,
                          const char  *heading)
{
  g_return_if_fail (FAZHI_IS_TARGET (self));

  if (g_strcmp0 (self->heading, heading) == 0)
    return;

  g_free (self->heading);
  self->heading = g_strdup (heading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADING]);
}

/**
 * fazhi_target_get_has_quantity:
 * @self: a target
 *
 * Returns: whether the item states a quantity
 */
gboolean
fazhi_target_get_has_quantity (FazhiTarget *self)
{
  g_return_val_if_fail (FAZHI_IS_TARGET (self), FALSE);

  return self->has_quantity;
}

/**
 * fazhi_target_get_quantity:
 * @self: a target
 *
 * Returns: the quantity the item promises, or 0 when
 *   [property@Fazhi.Target:has-quantity] is not set
 */
double
fazhi_target_get_quantity (FazhiTarget *self)
{
  g_return_val_if_fail (FAZHI_IS_TARGET (self), 0.0);

  return self->quantity;
}

/**
 * fazhi_target_set_quantity:
 * @self: a target
 * @quantity: the quantity the item promises
 *
 * Sets [property@Fazhi.Target:quantity] and
 * [property@Fazhi.Target:has-quantity].
 */
void
fazhi_target_set_quantity (FazhiTarget *self,
                           double       quantity)
{
  g_return_if_fail (FAZHI_IS_TARGET (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->quantity != quantity)
    {
      self->quantity = quantity;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUANTITY]);
    }
  if (!self->has_quantity)
    {
      self->has_quantity = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_QUANTITY]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * fazhi_target_clear_quantity:
 * @self: a target
 *
 * Unsets [property@Fazhi.Target:has-quantity] and resets
 * [property@Fazhi.Target:quantity] to 0.
 */
void
fazhi_target_clear_quantity (FazhiTarget *self)
{
  g_return_if_fail (FAZHI_IS_TARGET (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->quantity != 0.0)
    {
      self->quantity = 0.0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUANTITY]);
    }
  if (self->has_quantity)
    {
      self->has_quantity = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_QUANTITY]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * fazhi_target_get_unit:
 * @self: a target
 *
 * Returns: (nullable): the unit or measure word of the quantity
 */
const char *
fazhi_target_get_unit (FazhiTarget *self)
{
  g_return_val_if_fail (FAZHI_IS_TARGET (self), NULL);

  return self->unit;
}

/**
 * fazhi_target_set_unit:
 * @self: a target
 * @unit: (nullable): the unit or measure word of the quantity
 *
 * Sets [property@Fazhi.Target:unit].
 */
void
fazhi_target_set_unit (FazhiTarget *self,
                       const char  *unit)
{
  g_return_if_fail (FAZHI_IS_TARGET (self));

  if (g_strcmp0 (self->unit, unit) == 0)
    return;

  g_free (self->unit);
  self->unit = g_strdup (unit);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

/**
 * fazhi_target_get_period:
 * @self: a target
 *
 * Returns: how often the item recurs
 */
FazhiPeriod
fazhi_target_get_period (FazhiTarget *self)
{
  g_return_val_if_fail (FAZHI_IS_TARGET (self), FAZHI_PERIOD_NONE);

  return self->period;
}

/**
 * fazhi_target_set_period:
 * @self: a target
 * @period: how often the item recurs
 *
 * Sets [property@Fazhi.Target:period].
 */
void
fazhi_target_set_period (FazhiTarget *self,
                         FazhiPeriod  period)
{
  g_return_if_fail (FAZHI_IS_TARGET (self));

  if (self->period == period)
    return;

  self->period = period;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

/**
 * fazhi_target_get_owner:
 * @self: a target
 *
 * Returns: (nullable): who is responsible
 */
const char *
fazhi_target_get_owner (FazhiTarget *self)
{
  g_return_val_if_fail (FAZHI_IS_TARGET (self), NULL);

  return self->owner;
}

/**
 * fazhi_target_set_owner:
 * @self: a target
 * @owner: (nullable): who is responsible
 *
 * Sets [property@Fazhi.Target:owner].
 */
void
fazhi_target_set_owner (FazhiTarget *self,
                        const char  *owner)
{
  g_return_if_fail (FAZHI_IS_TARGET (self));

  if (g_strcmp0 (self->owner, owner) == 0)
    return;

  g_free (self->owner);
  self->owner = g_strdup (owner);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
}

/**
 * fazhi_target_get_due:
 * @self: a target
 *
 * Returns: (transfer none) (nullable): the date by which the item is to
 *   be done
 */
const GDate *
fazhi_target_get_due (FazhiTarget *self)
{
  g_return_val_if_fail (FAZHI_IS_TARGET (self), NULL);

  return self->due;
}

/**
 * fazhi_target_set_due:
 * @self: a target
 * @due: (nullable): a valid date, or %NULL
 *
 * Sets [property@Fazhi.Target:due]; the date is copied.
 */
void
fazhi_target_set_due (FazhiTarget *self,
                      const GDate *due)
{
  g_return_if_fail (FAZHI_IS_TARGET (self));
  g_return_if_fail (due == NULL || g_date_valid (due));

  if (due == NULL && self->due == NULL)
    return;
  if (due != NULL && self->due != NULL && g_date_compare (due, self->due) == 0)
    return;

  g_clear_pointer (&self->due, g_date_free);
  if (due != NULL)
    self->due = g_date_copy (due);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE]);
}

/**
 * fazhi_target_get_measurable:
 * @self: a target
 *
 * Returns: whether a later report can show whether the item was met
 */
gboolean
fazhi_target_get_measurable (FazhiTarget *self)
{
  g_return_val_if_fail (FAZHI_IS_TARGET (self), FALSE);

  return self->measurable;
}

/**
 * fazhi_target_set_measurable:
 * @self: a target
 * @measurable: whether a later report can show whether the item was met
 *
 * Sets [property@Fazhi.Target:measurable].
 */
void
fazhi_target_set_measurable (FazhiTarget *self,
                             gboolean     measurable)
{
  g_return_if_fail (FAZHI_IS_TARGET (self));

  measurable = !!measurable;
  if (self->measurable == (guint) measurable)
    return;

  self->measurable = measurable;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEASURABLE]);
}

/**
 * fazhi_target_get_area:
 * @self: a target
 *
 * Returns: (nullable): the slug of the obligation area
 */
const char *
fazhi_target_get_area (FazhiTarget *self)
{
  g_return_val_if_fail (FAZHI_IS_TARGET (self), NULL);

  return self->area;
}

/**
 * fazhi_target_set_area:
 * @self: a target
 * @area: (nullable): the slug of an obligation area
 *
 * Sets [property@Fazhi.Target:area].
 */
void
fazhi_target_set_area (FazhiTarget *self,
                       const char  *area)
{
  g_return_if_fail (FAZHI_IS_TARGET (self));

  if (g_strcmp0 (self->area, area) == 0)
    return;

  g_free (self->area);
  self->area = g_strdup (area);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA]);
}

/**
 * fazhi_target_get_line:
 * @self: a target
 *
 * Returns: the source line where the item starts, or 0 when unknown
 */
guint
fazhi_target_get_line (FazhiTarget *self)
{
  g_return_val_if_fail (FAZHI_IS_TARGET (self), 0);

  return self->line;
}

/**
 * fazhi_target_set_line:
 * @self: a target
 * @line: the source line where the item starts, or 0
 *
 * Sets [property@Fazhi.Target:line].
 */
void
fazhi_target_set_line (FazhiTarget *self,
                       guint        line)
{
  g_return_if_fail (FAZHI_IS_TARGET (self));

  if (self->line == line)
    return;

  self->line = line;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINE]);
}

/**
 * fazhi_target_get_status:
 * @self: a target
 *
 * Returns: what became of the item
 */
FazhiTargetStatus
fazhi_target_get_status (FazhiTarget *self)
{
  g_return_val_if_fail (FAZHI_IS_TARGET (self), FAZHI_TARGET_STATUS_UNKNOWN);

  return self->status;
}

/**
 * fazhi_target_set_status:
 * @self: a target
 * @status: what became of the item
 *
 * Sets [property@Fazhi.Target:status].
 */
void
fazhi_target_set_status (FazhiTarget      *self,
                         FazhiTargetStatus status)
{
  g_return_if_fail (FAZHI_IS_TARGET (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}
