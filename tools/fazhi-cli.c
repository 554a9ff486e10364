/* fazhi-cli.c: what the fazhi command's subcommands share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "fazhi-cli.h"

void
fazhi_cli_error (const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "fazhi: %s\n", message);
}

gboolean
fazhi_cli_parse_format (const char        *value,
                        gboolean           allow_table,
                        FazhiOutputFormat *format)
{
  if (value == NULL || g_str_equal (value, "text") || (allow_table && g_str_equal (value, "table")))
    *format = FAZHI_OUTPUT_TEXT;
  else if (g_str_equal (value, "json"))
    *format = FAZHI_OUTPUT_JSON;
  else
    {
      fazhi_cli_error ("unknown format \"%s\" (expected text or json)", value);
      return FALSE;
    }
  return TRUE;
}

guint
fazhi_cli_text_width (const char *text)
{
  guint width = 0;

  if (text == NULL)
    return 0;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      width += g_unichar_iswide (c) ? 2 : (g_unichar_iszerowidth (c) ? 0 : 1);
    }
  return width;
}

void
fazhi_cli_print_cell (const char *text,
                      guint       width)
{
  guint used = fazhi_cli_text_width (text);

  fputs (text ? text : "", stdout);
  for (; used < width; used++)
    fputc (' ', stdout);
}

FazhiCatalog *
fazhi_cli_load_catalog (const char *name,
                        GError    **error)
{
  FazhiCatalog *builtin;

  if (strchr (name, '/') != NULL || g_str_has_suffix (name, ".json"))
    return fazhi_catalog_new_from_file (name, error);

  builtin = fazhi_catalog_get_builtin (name);
  if (builtin == NULL)
    {
      g_auto (GStrv)   ids = fazhi_catalog_list_builtin ();
      g_autofree char *known = g_strjoinv (", ", ids);

      g_set_error (error, FAZHI_ERROR, FAZHI_ERROR_UNKNOWN_CATALOG,
                   "no built-in catalog \"%s\" (built-in: %s; give a path to load a file)", name, known);
      return NULL;
    }
  return g_object_ref (builtin);
}

struct _FazhiProgress
{
  guint    total;
  gboolean shown;
  gint64   last;
};

FazhiProgress *
fazhi_progress_new (guint total)
{
  FazhiProgress *self = g_new0 (FazhiProgress, 1);

  self->total = total;
  /* Only people watching a terminal want a bar; logs do not. */
  self->shown = total >= 20 && isatty (STDERR_FILENO);
  return self;
}

void
fazhi_progress_update (FazhiProgress *self,
                       guint          done)
{
  const guint width = 30;
  gint64      now;
  guint       filled;

  if (!self->shown)
    return;
  now = g_get_monotonic_time ();
  if (done < self->total && now - self->last < 100000)
    return;
  self->last = now;

  filled = self->total ? (guint) ((guint64) done * width / self->total) : width;
  fputc ('\r', stderr);
  fputc ('[', stderr);
  for (guint i = 0; i < width; i++)
    fputc (i < filled ? '#' : '.', stderr);
  fprintf (stderr, "] %u/%u", done, self->total);
  fflush (stderr);
}

void
fazhi_progress_free (FazhiProgress *self)
{
  if (self == NULL)
    return;
  if (self->shown)
    fputs ("\r\033[K", stderr);
  g_free (self);
}
