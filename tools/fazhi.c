/* fazhi.c: the fazhi command
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "fazhi-cli.h"

typedef struct
{
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "catalog", fazhi_cmd_catalog, "List the built-in catalogs, or print one (areas, parts, duties)" },
  { "areas", fazhi_cmd_areas, "Map the obligation areas of one outline onto another" },
  { "parse", fazhi_cmd_parse, "Read report files and print what they contain" },
  { "check", fazhi_cmd_check, "Check reports against the rules, deadlines and last year's report" },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "Usage:\n  fazhi COMMAND [OPTION…]\n\n"
                "Read, check and track annual rule-of-law government reports.\n\n"
                "Commands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-9s %s\n", commands[i].name, commands[i].summary);
  fprintf (out, "\nOptions:\n"
                "  -h, --help     Show this help\n"
                "  --version      Show the version\n\n"
                "Run \"fazhi COMMAND --help\" for a command's options.\n");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_set_prgname ("fazhi");

  if (argc < 2)
    {
      print_usage (stderr);
      return FAZHI_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return FAZHI_EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("fazhi %s (libfazhi %d.%d.%d)\n", PACKAGE_VERSION,
              FAZHI_MAJOR_VERSION, FAZHI_MINOR_VERSION, FAZHI_MICRO_VERSION);
      return FAZHI_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        g_autofree char *prgname = g_strdup_printf ("fazhi %s", commands[i].name);

        g_set_prgname (prgname);
        return commands[i].run (argc - 1, argv + 1);
      }

  fazhi_cli_error ("unknown command \"%s\"; see \"fazhi --help\"", argv[1]);
  return FAZHI_EXIT_USAGE;
}
