/* fazhi-json-private.h: strict reading of the JSON files libfazhi accepts
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Catalogs, policies and reports are all read with these helpers so that
 * every malformed file is reported the same way: the file's name, the place
 * inside it ("entries[2] (slug "rules")", "sections[4]") and what is wrong.
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

typedef struct
{
  const char *file;   /* name used in messages, never NULL */
  GQuark      domain; /* error domain for structural problems */
  int         code;   /* error code for structural problems */
} FazhiJsonScope;

typedef enum
{
  FAZHI_JSON_OPTIONAL = 0,
  FAZHI_JSON_REQUIRED = 1 << 0, /* absent is an error */
  FAZHI_JSON_NULLABLE = 1 << 1, /* null is accepted and leaves the default */
  FAZHI_JSON_NON_EMPTY = 1 << 2, /* strings and arrays must not be empty */
} FazhiJsonExpect;

G_GNUC_PRINTF (5, 6)
void        fazhi_json_set_error       (const FazhiJsonScope *scope,
                                        GError              **error,
                                        const char           *where,
                                        const char           *member,
                                        const char           *format,
                                        ...);
JsonNode   *fazhi_json_parse           (const FazhiJsonScope *scope,
                                        const char           *data,
                                        gssize                length,
                                        GError              **error);
gboolean    fazhi_json_check_format    (const FazhiJsonScope *scope,
                                        JsonObject           *object,
                                        gint64                newest,
                                        GError              **error);
gboolean    fazhi_json_as_object       (const FazhiJsonScope *scope,
                                        JsonNode             *node,
                                        const char           *where,
                                        JsonObject          **out,
                                        GError              **error);
gboolean    fazhi_json_get_object      (const FazhiJsonScope *scope,
                                        JsonObject           *object,
                                        const char           *where,
                                        const char           *member,
                                        FazhiJsonExpect        flags,
                                        JsonObject          **out,
                                        GError              **error);
gboolean    fazhi_json_get_array       (const FazhiJsonScope *scope,
                                        JsonObject           *object,
                                        const char           *where,
                                        const char           *member,
                                        FazhiJsonExpect        flags,
                                        JsonArray           **out,
                                        GError              **error);
gboolean    fazhi_json_get_string      (const FazhiJsonScope *scope,
                                        JsonObject           *object,
                                        const char           *where,
                                        const char           *member,
                                        FazhiJsonExpect        flags,
                                        const char          **out,
                                        GError              **error);
gboolean    fazhi_json_get_int         (const FazhiJsonScope *scope,
                                        JsonObject           *object,
                                        const char           *where,
                                        const char           *member,
                                        FazhiJsonExpect        flags,
                                        gint64                minimum,
                                        gint64                maximum,
                                        gint64               *out,
                                        GError              **error);
gboolean    fazhi_json_get_double      (const FazhiJsonScope *scope,
                                        JsonObject           *object,
                                        const char           *where,
                                        const char           *member,
                                        FazhiJsonExpect        flags,
                                        double               *out,
                                        GError              **error);
gboolean    fazhi_json_get_bool        (const FazhiJsonScope *scope,
                                        JsonObject           *object,
                                        const char           *where,
                                        const char           *member,
                                        FazhiJsonExpect        flags,
                                        gboolean             *out,
                                        GError              **error);
gboolean    fazhi_json_get_strv        (const FazhiJsonScope *scope,
                                        JsonObject           *object,
                                        const char           *where,
                                        const char           *member,
                                        FazhiJsonExpect        flags,
                                        char               ***out,
                                        GError              **error);
gboolean    fazhi_json_get_enum        (const FazhiJsonScope *scope,
                                        JsonObject           *object,
                                        const char           *where,
                                        const char           *member,
                                        FazhiJsonExpect        flags,
                                        GType                 enum_type,
                                        int                  *out,
                                        GError              **error);
gboolean    fazhi_json_get_date        (const FazhiJsonScope *scope,
                                        JsonObject           *object,
                                        const char           *where,
                                        const char           *member,
                                        FazhiJsonExpect        flags,
                                        GDate               **out,
                                        GError              **error);

/* Writing: absent values are written as null, never left out. */
void        fazhi_json_add_string      (JsonBuilder          *builder,
                                        const char           *member,
                                        const char           *value);
void        fazhi_json_add_uint_or_null (JsonBuilder         *builder,
                                         const char          *member,
                                         guint64              value);
void        fazhi_json_add_enum        (JsonBuilder          *builder,
                                        const char           *member,
                                        GType                 enum_type,
                                        int                   value,
                                        int                   null_value);
void        fazhi_json_add_date        (JsonBuilder          *builder,
                                        const char           *member,
                                        const GDate          *date);
void        fazhi_json_add_strv        (JsonBuilder          *builder,
                                        const char           *member,
                                        const char * const   *strv);
char       *fazhi_json_to_string       (JsonNode             *root,
                                        gboolean              pretty);

/* Enum nicks, shared with the command line and the checker. */
const char *fazhi_enum_to_nick         (GType                 enum_type,
                                        int                   value);
gboolean    fazhi_enum_from_nick       (GType                 enum_type,
                                        const char           *nick,
                                        int                  *value);

/* "YYYY-MM-DD" ↔ GDate */
char       *fazhi_date_to_iso          (const GDate          *date);
GDate      *fazhi_date_from_iso        (const char           *text);

/* clang-format on */

G_END_DECLS
