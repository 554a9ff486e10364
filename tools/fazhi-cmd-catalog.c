/* fazhi-cmd-catalog.c: fazhi catalog, fazhi areas
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdio.h>

#include "fazhi-cli.h"

static void
print_catalog_list (void)
{
  g_auto (GStrv) ids = fazhi_catalog_list_builtin ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      FazhiCatalog          *catalog = fazhi_catalog_get_builtin (ids[i]);
      g_autoptr (GEnumClass) kinds = g_type_class_ref (FAZHI_TYPE_CATALOG_KIND);

      fazhi_cli_print_cell (ids[i], 14);
      fazhi_cli_print_cell (g_enum_get_value (kinds, fazhi_catalog_get_kind (catalog))->value_nick, 9);
      printf ("%2u  %s\n", fazhi_catalog_get_n_entries (catalog), fazhi_catalog_get_title (catalog));
    }
}

static void
print_catalog_table (FazhiCatalog *catalog)
{
  guint n = fazhi_catalog_get_n_entries (catalog);
  guint slug_width = 4;
  guint title_width = 5;

  for (guint i = 0; i < n; i++)
    {
      FazhiCatalogEntry *entry = fazhi_catalog_get_entry (catalog, i);

      slug_width = MAX (slug_width, fazhi_cli_text_width (fazhi_catalog_entry_get_slug (entry)) +
                                      2 * (fazhi_catalog_entry_get_depth (entry) - 1));
      title_width = MAX (title_width, fazhi_cli_text_width (fazhi_catalog_entry_get_title (entry)));
    }

  printf ("%s  %s\n", fazhi_catalog_get_id (catalog), fazhi_catalog_get_title (catalog));
  printf ("   # ");
  fazhi_cli_print_cell ("slug", slug_width + 2);
  fazhi_cli_print_cell ("title", title_width + 2);
  printf ("title (en)\n");

  for (guint i = 0; i < n; i++)
    {
      FazhiCatalogEntry *entry = fazhi_catalog_get_entry (catalog, i);
      g_autofree char   *indent = g_strnfill (2 * (fazhi_catalog_entry_get_depth (entry) - 1), ' ');
      g_autofree char   *slug = g_strconcat (indent, fazhi_catalog_entry_get_slug (entry), NULL);

      printf ("  %2u ", fazhi_catalog_entry_get_ordinal (entry));
      fazhi_cli_print_cell (slug, slug_width + 2);
      fazhi_cli_print_cell (fazhi_catalog_entry_get_title (entry), title_width + 2);
      printf ("%s\n", fazhi_catalog_entry_get_title_en (entry) ? fazhi_catalog_entry_get_title_en (entry) : "");
    }
}

int
fazhi_cmd_catalog (int    argc,
                   char **argv)
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError)         error = NULL;
  g_autoptr (FazhiCatalog)   catalog = NULL;
  g_autofree char           *format_name = NULL;
  FazhiOutputFormat          format;

  /* clang-format off */
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, "Output format: table (default) or json", "FORMAT" },
    { NULL }
  };
  /* clang-format on */

  context = g_option_context_new ("[ID|FILE]");
  g_option_context_set_summary (context,
                                "Without an argument, list the built-in catalogs. With an id (outline-2015,\n"
                                "outline-2021, parts, duties-2016, genres) or the path of a catalog file,\n"
                                "print its entries; a file is validated in full.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fazhi_cli_error ("%s", error->message);
      return FAZHI_EXIT_USAGE;
    }
  if (!fazhi_cli_parse_format (format_name, TRUE, &format))
    return FAZHI_EXIT_USAGE;
  if (argc > 2)
    {
      fazhi_cli_error ("expected at most one catalog");
      return FAZHI_EXIT_USAGE;
    }

  if (argc < 2)
    {
      if (format == FAZHI_OUTPUT_JSON)
        {
          g_auto (GStrv)            ids = fazhi_catalog_list_builtin ();
          g_autoptr (JsonBuilder)   builder = json_builder_new ();
          g_autoptr (JsonGenerator) generator = json_generator_new ();
          g_autoptr (JsonNode)      root = NULL;
          g_autofree char          *text = NULL;

          json_builder_begin_array (builder);
          for (guint i = 0; ids[i] != NULL; i++)
            json_builder_add_string_value (builder, ids[i]);
          json_builder_end_array (builder);
          root = json_builder_get_root (builder);
          json_generator_set_root (generator, root);
          text = json_generator_to_data (generator, NULL);
          printf ("%s\n", text);
        }
      else
        print_catalog_list ();
      return FAZHI_EXIT_OK;
    }

  catalog = fazhi_cli_load_catalog (argv[1], &error);
  if (catalog == NULL)
    {
      fazhi_cli_error ("%s", error->message);
      return FAZHI_EXIT_USAGE;
    }

  if (format == FAZHI_OUTPUT_JSON)
    {
      g_autofree char *json = fazhi_catalog_to_json (catalog, FALSE);

      printf ("%s\n", json);
    }
  else
    print_catalog_table (catalog);

  return FAZHI_EXIT_OK;
}

int
fazhi_cmd_areas (int    argc,
                 char **argv)
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError)         error = NULL;
  g_autoptr (FazhiCatalog)   from = NULL;
  g_autoptr (FazhiCatalog)   to = NULL;
  g_autofree char           *format_name = NULL;
  gboolean                   map = FALSE;
  FazhiOutputFormat          format;
  guint                      n;

  /* clang-format off */
  GOptionEntry entries[] = {
    { "map", 'm', 0, G_OPTION_ARG_NONE, &map, "Map the areas of the first outline onto the second", NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, "Output format: table (default) or json", "FORMAT" },
    { NULL }
  };
  /* clang-format on */

  context = g_option_context_new ("--map FROM TO");
  g_option_context_set_summary (context,
                                "Show how the obligation areas of one outline correspond to another's,\n"
                                "e.g. fazhi areas --map outline-2015 outline-2021. FROM and TO are\n"
                                "built-in ids or paths of catalog files.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fazhi_cli_error ("%s", error->message);
      return FAZHI_EXIT_USAGE;
    }
  if (!fazhi_cli_parse_format (format_name, TRUE, &format))
    return FAZHI_EXIT_USAGE;
  if (!map || argc != 3)
    {
      fazhi_cli_error ("usage: fazhi areas --map FROM TO");
      return FAZHI_EXIT_USAGE;
    }

  from = fazhi_cli_load_catalog (argv[1], &error);
  if (from != NULL)
    to = fazhi_cli_load_catalog (argv[2], &error);
  if (from == NULL || to == NULL)
    {
      fazhi_cli_error ("%s", error->message);
      return FAZHI_EXIT_USAGE;
    }

  n = fazhi_catalog_get_n_entries (from);
  if (format == FAZHI_OUTPUT_JSON)
    {
      g_autoptr (JsonBuilder)   builder = json_builder_new ();
      g_autoptr (JsonGenerator) generator = json_generator_new ();
      g_autoptr (JsonNode)      root = NULL;
      g_autofree char          *text = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          FazhiCatalogEntry *entry = fazhi_catalog_get_entry (from, i);
          FazhiCatalogEntry *mapped = fazhi_catalog_map_entry (from, fazhi_catalog_entry_get_slug (entry), to);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "from");
          json_builder_add_string_value (builder, fazhi_catalog_entry_get_slug (entry));
          json_builder_set_member_name (builder, "to");
          if (mapped != NULL)
            json_builder_add_string_value (builder, fazhi_catalog_entry_get_slug (mapped));
          else
            json_builder_add_null_value (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      text = json_generator_to_data (generator, NULL);
      printf ("%s\n", text);
      return FAZHI_EXIT_OK;
    }

  printf ("%s → %s\n", fazhi_catalog_get_id (from), fazhi_catalog_get_id (to));
  for (guint i = 0; i < n; i++)
    {
      FazhiCatalogEntry *entry = fazhi_catalog_get_entry (from, i);
      FazhiCatalogEntry *mapped = fazhi_catalog_map_entry (from, fazhi_catalog_entry_get_slug (entry), to);

      printf ("  ");
      fazhi_cli_print_cell (fazhi_catalog_entry_get_slug (entry), 14);
      fazhi_cli_print_cell (fazhi_catalog_entry_get_title (entry), 46);
      printf ("→ ");
      if (mapped != NULL)
        {
          fazhi_cli_print_cell (fazhi_catalog_entry_get_slug (mapped), 14);
          printf ("%s\n", fazhi_catalog_entry_get_title (mapped));
        }
      else
        printf ("(no counterpart)\n");
    }

  /* Areas that are new in the target outline. */
  for (guint i = 0; i < fazhi_catalog_get_n_entries (to); i++)
    {
      FazhiCatalogEntry *entry = fazhi_catalog_get_entry (to, i);

      if (fazhi_catalog_map_entry (to, fazhi_catalog_entry_get_slug (entry), from) == NULL)
        {
          printf ("  ");
          fazhi_cli_print_cell ("(new)", 14);
          fazhi_cli_print_cell ("", 46);
          printf ("→ ");
          fazhi_cli_print_cell (fazhi_catalog_entry_get_slug (entry), 14);
          printf ("%s\n", fazhi_catalog_entry_get_title (entry));
        }
    }

  return FAZHI_EXIT_OK;
}
