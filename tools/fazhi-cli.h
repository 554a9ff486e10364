/* fazhi-cli.h: what the fazhi command's subcommands share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The command is a thin shell over the public API: it parses options,
 * calls the library and prints. Anything it needs beyond printing belongs
 * in the library.
 */

#pragma once

#include <fazhi.h>

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/* Exit statuses, the same for every subcommand. */
#define FAZHI_EXIT_OK       0
#define FAZHI_EXIT_FINDINGS 1  /* check: a finding is an error */
#define FAZHI_EXIT_USAGE    2  /* unusable arguments or unreadable input */

typedef enum
{
  FAZHI_OUTPUT_TEXT,
  FAZHI_OUTPUT_JSON,
} FazhiOutputFormat;

int      fazhi_cmd_catalog  (int argc, char **argv);
int      fazhi_cmd_areas    (int argc, char **argv);
int      fazhi_cmd_parse    (int argc, char **argv);
int      fazhi_cmd_check    (int argc, char **argv);

/* Parses --format; prints an error and returns FALSE on a bad value. */
gboolean fazhi_cli_parse_format (const char        *value,
                                 gboolean           allow_table,
                                 FazhiOutputFormat *format);
/* Prints "fazhi: message" on stderr. */
void     fazhi_cli_error        (const char        *format,
                                 ...) G_GNUC_PRINTF (1, 2);
/* Prints @text padded with spaces to @width terminal columns (CJK
 * characters take two). */
void     fazhi_cli_print_cell   (const char        *text,
                                 guint              width);
guint    fazhi_cli_text_width   (const char        *text);
/* A catalog by built-in id, or from a file when @name is a path. */
FazhiCatalog *fazhi_cli_load_catalog (const char   *name,
                                      GError      **error);
/* Called for each report read by fazhi_cli_read_files(), in input
 * order; @path is the file as the user named it. */
typedef void (*FazhiCliReportFunc) (const char  *path,
                                    FazhiReport *report,
                                    gpointer     user_data);
/* Reads @paths on @jobs workers (0: one per core), hands each report to
 * @func with its source set to the path as typed, prints each file that
 * cannot be read and shows a progress bar on stderr when it is a
 * terminal. Returns how many files could not be read, or -1 (printed)
 * when the batch could not run at all. */
int      fazhi_cli_read_files   (FazhiReader       *reader,
                                 char             **paths,
                                 int                jobs,
                                 FazhiCliReportFunc func,
                                 gpointer           user_data);

/* clang-format on */

G_END_DECLS
