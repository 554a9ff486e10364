/* fazhi-json.c: strict reading of the JSON files libfazhi accepts
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fazhi-error.h"
#include "fazhi-json-private.h"

void
fazhi_json_set_error (const FazhiJsonScope *scope,
                      GError              **error,
                      const char           *where,
                      const char           *member,
                      const char           *format,
                      ...)
{
  g_autofree char    *detail = NULL;
  g_autoptr (GString) place = g_string_new (NULL);
  va_list             args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  /* "entries[2] (slug "rules")" + "title" reads as entries[2] (slug "rules").title
   * which is clear enough; a bare member reads as just its name. */
  if (where != NULL && *where != '\0')
    g_string_append (place, where);
  if (member != NULL)
    {
      if (place->len > 0)
        g_string_append_c (place, '.');
      g_string_append (place, member);
    }

  if (place->len > 0)
    g_set_error (error, scope->domain, scope->code, "%s: %s: %s", scope->file, place->str, detail);
  else
    g_set_error (error, scope->domain, scope->code, "%s: %s", scope->file, detail);
}

JsonNode *
fazhi_json_parse (const FazhiJsonScope *scope,
                  const char           *data,
                  gssize                length,
                  GError              **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GError)     local_error = NULL;
  JsonNode              *root;

  if (length < 0)
    length = strlen (data);

  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_JSON,
                   "%s: not valid UTF-8 text", scope->file);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_JSON,
                   "%s: invalid JSON: %s", scope->file, local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_JSON,
                   "%s: empty JSON document", scope->file);
      return NULL;
    }

  return json_node_ref (root);
}

static const char *
node_type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "an object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "an array";

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "a string";
    case G_TYPE_BOOLEAN:
      return "a boolean";
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
      return "a number";
    default:
      return "a value of unknown type";
    }
}

gboolean
fazhi_json_check_format (const FazhiJsonScope *scope,
                         JsonObject           *object,
                         gint64                newest,
                         GError              **error)
{
  gint64 format = 0;

  if (!fazhi_json_get_int (scope, object, NULL, "format", FAZHI_JSON_REQUIRED, 1, G_MAXINT, &format, error))
    return FALSE;

  if (format > newest)
    {
      g_set_error (error, FAZHI_ERROR, FAZHI_ERROR_UNSUPPORTED_FORMAT,
                   "%s: format %" G_GINT64_FORMAT " is newer than this library reads (%" G_GINT64_FORMAT ")",
                   scope->file, format, newest);
      return FALSE;
    }

  return TRUE;
}

gboolean
fazhi_json_as_object (const FazhiJsonScope *scope,
                      JsonNode             *node,
                      const char           *where,
                      JsonObject          **out,
                      GError              **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fazhi_json_set_error (scope, error, where, NULL, "expected an object, found %s", node_type_name (node));
      return FALSE;
    }

  *out = json_node_get_object (node);
  return TRUE;
}

/* Shared by every getter: finds the member, handles absence and null.
 * Returns FALSE with @error set, or TRUE with *node NULL when the caller
 * should keep its default. */
static gboolean
lookup_member (const FazhiJsonScope *scope,
               JsonObject           *object,
               const char           *where,
               const char           *member,
               FazhiJsonExpect       flags,
               JsonNode            **node,
               GError              **error)
{
  JsonNode *found = json_object_get_member (object, member);

  *node = NULL;

  if (found == NULL)
    {
      if (flags & FAZHI_JSON_REQUIRED)
        {
          fazhi_json_set_error (scope, error, where, NULL, "missing required key \"%s\"", member);
          return FALSE;
        }
      return TRUE;
    }

  if (JSON_NODE_HOLDS_NULL (found))
    {
      if (flags & FAZHI_JSON_NULLABLE)
        return TRUE;
      fazhi_json_set_error (scope, error, where, member, "must not be null");
      return FALSE;
    }

  *node = found;
  return TRUE;
}

static gboolean
wrong_type (const FazhiJsonScope *scope,
            GError              **error,
            const char           *where,
            const char           *member,
            const char           *expected,
            JsonNode             *node)
{
  fazhi_json_set_error (scope, error, where, member, "expected %s, found %s", expected, node_type_name (node));
  return FALSE;
}

gboolean
fazhi_json_get_object (const FazhiJsonScope *scope,
                       JsonObject           *object,
                       const char           *where,
                       const char           *member,
                       FazhiJsonExpect       flags,
                       JsonObject          **out,
                       GError              **error)
{
  JsonNode *node;

  if (!lookup_member (scope, object, where, member, flags, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (scope, error, where, member, "an object", node);

  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
fazhi_json_get_array (const FazhiJsonScope *scope,
                      JsonObject           *object,
                      const char           *where,
                      const char           *member,
                      FazhiJsonExpect       flags,
                      JsonArray           **out,
                      GError              **error)
{
  JsonNode *node;

  if (!lookup_member (scope, object, where, member, flags, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (scope, error, where, member, "an array", node);
  if ((flags & FAZHI_JSON_NON_EMPTY) && json_array_get_length (json_node_get_array (node)) == 0)
    {
      fazhi_json_set_error (scope, error, where, member, "must not be empty");
      return FALSE;
    }

  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
fazhi_json_get_string (const FazhiJsonScope *scope,
                       JsonObject           *object,
                       const char           *where,
                       const char           *member,
                       FazhiJsonExpect       flags,
                       const char          **out,
                       GError              **error)
{
  JsonNode   *node;
  const char *value;

  if (!lookup_member (scope, object, where, member, flags, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return wrong_type (scope, error, where, member, "a string", node);

  value = json_node_get_string (node);
  if ((flags & FAZHI_JSON_NON_EMPTY) && *value == '\0')
    {
      fazhi_json_set_error (scope, error, where, member, "must not be empty");
      return FALSE;
    }

  *out = value;
  return TRUE;
}

gboolean
fazhi_json_get_int (const FazhiJsonScope *scope,
                    JsonObject           *object,
                    const char           *where,
                    const char           *member,
                    FazhiJsonExpect       flags,
                    gint64                minimum,
                    gint64                maximum,
                    gint64               *out,
                    GError              **error)
{
  JsonNode *node;
  gint64    value;

  if (!lookup_member (scope, object, where, member, flags, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return wrong_type (scope, error, where, member, "an integer", node);

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    value = json_node_get_int (node);
  else if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      double d = json_node_get_double (node);

      /* 3.0 is an integer; 3.5 and 1e300 are not. */
      if (!(d >= (double) G_MININT64 && d <= (double) G_MAXINT64) || (double) (gint64) d != d)
        return wrong_type (scope, error, where, member, "an integer", node);
      value = (gint64) d;
    }
  else
    return wrong_type (scope, error, where, member, "an integer", node);

  if (value < minimum || value > maximum)
    {
      fazhi_json_set_error (scope, error, where, member,
                            "%" G_GINT64_FORMAT " is out of range (%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT ")",
                            value, minimum, maximum);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

gboolean
fazhi_json_get_double (const FazhiJsonScope *scope,
                       JsonObject           *object,
                       const char           *where,
                       const char           *member,
                       FazhiJsonExpect       flags,
                       double               *out,
                       GError              **error)
{
  JsonNode *node;

  if (!lookup_member (scope, object, where, member, flags, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return wrong_type (scope, error, where, member, "a number", node);

  *out = json_node_get_double (node);
  return TRUE;
}

gboolean
fazhi_json_get_bool (const FazhiJsonScope *scope,
                     JsonObject           *object,
                     const char           *where,
                     const char           *member,
                     FazhiJsonExpect       flags,
                     gboolean             *out,
                     GError              **error)
{
  JsonNode *node;

  if (!lookup_member (scope, object, where, member, flags, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return wrong_type (scope, error, where, member, "true or false", node);

  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
fazhi_json_get_strv (const FazhiJsonScope *scope,
                     JsonObject           *object,
                     const char           *where,
                     const char           *member,
                     FazhiJsonExpect       flags,
                     char               ***out,
                     GError              **error)
{
  JsonArray               *array = NULL;
  g_autoptr (GStrvBuilder) builder = NULL;
  guint                    n;

  if (!fazhi_json_get_array (scope, object, where, member, flags, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  builder = g_strv_builder_new ();
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode        *element = json_array_get_element (array, i);
      g_autofree char *item = g_strdup_printf ("%s[%u]", member, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return wrong_type (scope, error, where, item, "a string", element);
      if (*json_node_get_string (element) == '\0')
        {
          fazhi_json_set_error (scope, error, where, item, "must not be empty");
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (element));
    }

  g_strfreev (*out);
  *out = g_strv_builder_end (builder);
  return TRUE;
}

gboolean
fazhi_json_get_enum (const FazhiJsonScope *scope,
                     JsonObject           *object,
                     const char           *where,
                     const char           *member,
                     FazhiJsonExpect       flags,
                     GType                 enum_type,
                     int                  *out,
                     GError              **error)
{
  const char *nick = NULL;

  if (!fazhi_json_get_string (scope, object, where, member, flags, &nick, error))
    return FALSE;
  if (nick == NULL)
    return TRUE;

  if (!fazhi_enum_from_nick (enum_type, nick, out))
    {
      g_autoptr (GEnumClass) klass = g_type_class_ref (enum_type);
      g_autoptr (GString)    known = g_string_new (NULL);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (known, "%s\"%s\"", i ? ", " : "", klass->values[i].value_nick);
      fazhi_json_set_error (scope, error, where, member, "unknown value \"%s\" (expected one of %s)", nick, known->str);
      return FALSE;
    }

  return TRUE;
}

gboolean
fazhi_json_get_date (const FazhiJsonScope *scope,
                     JsonObject           *object,
                     const char           *where,
                     const char           *member,
                     FazhiJsonExpect       flags,
                     GDate               **out,
                     GError              **error)
{
  const char *text = NULL;
  GDate      *date;

  if (!fazhi_json_get_string (scope, object, where, member, flags, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  date = fazhi_date_from_iso (text);
  if (date == NULL)
    {
      fazhi_json_set_error (scope, error, where, member, "expected a date YYYY-MM-DD, found \"%s\"", text);
      return FALSE;
    }

  g_clear_pointer (out, g_date_free);
  *out = date;
  return TRUE;
}

void
fazhi_json_add_string (JsonBuilder *builder,
                       const char  *member,
                       const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
fazhi_json_add_uint_or_null (JsonBuilder *builder,
                             const char  *member,
                             guint64      value)
{
  json_builder_set_member_name (builder, member);
  if (value != 0)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_null_value (builder);
}

void
fazhi_json_add_enum (JsonBuilder *builder,
                     const char  *member,
                     GType        enum_type,
                     int          value,
                     int          null_value)
{
  fazhi_json_add_string (builder, member,
                         value == null_value ? NULL : fazhi_enum_to_nick (enum_type, value));
}

void
fazhi_json_add_date (JsonBuilder *builder,
                     const char  *member,
                     const GDate *date)
{
  g_autofree char *text = fazhi_date_to_iso (date);

  fazhi_json_add_string (builder, member, text);
}

void
fazhi_json_add_strv (JsonBuilder        *builder,
                     const char         *member,
                     const char * const *strv)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

char *
fazhi_json_to_string (JsonNode *root,
                      gboolean  pretty)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

const char *
fazhi_enum_to_nick (GType enum_type,
                    int   value)
{
  /* Enum classes are static once registered, so the nick outlives the ref. */
  g_autoptr (GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue            *found = g_enum_get_value (klass, value);

  return found != NULL ? found->value_nick : NULL;
}

gboolean
fazhi_enum_from_nick (GType       enum_type,
                      const char *nick,
                      int        *value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue            *found;

  if (nick == NULL)
    return FALSE;

  found = g_enum_get_value_by_nick (klass, nick);
  if (found == NULL)
    return FALSE;

  *value = found->value;
  return TRUE;
}

char *
fazhi_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

GDate *
fazhi_date_from_iso (const char *text)
{
  guint year, month, day;
  char  tail;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return NULL;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return NULL;
  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3)
    return NULL;
  if (year < 1 || year > 9999 || !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_new_dmy (day, month, year);
}
