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

typedef struct _FazhiProgress FazhiProgress;

static FazhiProgress *
fazhi_progress_new (guint total)
{
  FazhiProgress *self = g_new0 (FazhiProgress, 1);

  self->total = total;
  /* Only people watching a terminal want a bar; logs do not. */
  self->shown = total >= 20 && isatty (STDERR_FILENO);
  return self;
}

static void
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

static void
fazhi_progress_free (FazhiProgress *self)
{
  if (self == NULL)
    return;
  if (self->shown)
    fputs ("\r\033[K", stderr);
  g_free (self);
}

typedef struct
{
  char             **paths;
  FazhiCliReportFunc func;
  gpointer           user_data;
  FazhiProgress     *progress;
  int                failed;
} ReadRun;

static void
on_report (FazhiBatch  *batch,
           guint        index,
           GFile       *file,
           FazhiReport *report,
           ReadRun     *run)
{
  /* Name files the way the user did, not as absolute paths. */
  fazhi_report_set_source (report, run->paths[index]);
  run->func (run->paths[index], report, run->user_data);
}

static void
on_failed (FazhiBatch *batch,
           guint       index,
           GFile      *file,
           GError     *error,
           ReadRun    *run)
{
  /* The message names the file already. */
  fazhi_cli_error ("%s", error->message);
  run->failed++;
}

static void
on_progress (FazhiBatch *batch,
             guint       done,
             guint       total,
             ReadRun    *run)
{
  fazhi_progress_update (run->progress, done);
}

int
fazhi_cli_read_files (FazhiReader       *reader,
                      char             **paths,
                      int                jobs,
                      FazhiCliReportFunc func,
                      gpointer           user_data)
{
  g_autoptr (FazhiBatch) batch = fazhi_batch_new (reader);
  g_autoptr (GError)     error = NULL;
  ReadRun                run = { paths, func, user_data, NULL, 0 };
  gboolean               ran;

  fazhi_batch_set_n_workers (batch, (guint) MAX (jobs, 0));
  g_signal_connect (batch, "report", G_CALLBACK (on_report), &run);
  g_signal_connect (batch, "failed", G_CALLBACK (on_failed), &run);
  g_signal_connect (batch, "progress", G_CALLBACK (on_progress), &run);

  run.progress = fazhi_progress_new (g_strv_length (paths));
  ran = fazhi_batch_run_paths (batch, (const char * const *) paths, NULL, &error);
  fazhi_progress_free (run.progress);
  if (!ran)
    {
      fazhi_cli_error ("%s", error->message);
      return -1;
    }
  return run.failed;
}
