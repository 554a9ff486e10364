/* test-catalog.c: built-in catalogs, mapping, and users' catalog files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <fazhi.h>
#include <glib/gstdio.h>

#include "fazhi-test.h"

static const char * const outline_2015[] = {
  "functions", "rules", "decisions", "enforcement",
  "oversight", "disputes", "capacity", "organization", NULL
};
static const char * const outline_2015_titles[] = {
  "依法全面履行政府职能",
  "完善依法行政制度体系",
  "推进行政决策科学化、民主化、法治化",
  "坚持严格规范公正文明执法",
  "强化对行政权力的制约和监督",
  "依法有效化解社会矛盾纠纷",
  "全面提高政府工作人员法治思维和依法行政能力",
  "强化组织保障和落实机制",
  NULL
};
static const char * const outline_2021[] = {
  "functions", "rules", "decisions", "enforcement", "emergencies",
  "disputes", "oversight", "digital", "leadership", NULL
};

START_TEST (test_builtin_list)
{
  g_auto (GStrv) ids = fazhi_catalog_list_builtin ();

  ck_assert (g_strv_contains ((const char * const *) ids, "outline-2015"));
  ck_assert (g_strv_contains ((const char * const *) ids, "outline-2021"));
  ck_assert (g_strv_contains ((const char * const *) ids, "parts"));
  ck_assert (g_strv_contains ((const char * const *) ids, "duties-2016"));
  ck_assert (g_strv_contains ((const char * const *) ids, "genres"));
  /* The national policy is data too, but not a catalog. */
  ck_assert (!g_strv_contains ((const char * const *) ids, "policy-national"));
  ck_assert (!g_strv_contains ((const char * const *) ids, "national"));

  /* Every built-in catalog loads (a broken one would be a critical). */
  for (guint i = 0; ids[i] != NULL; i++)
    {
      FazhiCatalog *catalog = fazhi_catalog_get_builtin (ids[i]);

      ck_assert_ptr_nonnull (catalog);
      ck_assert_str_eq (fazhi_catalog_get_id (catalog), ids[i]);
      ck_assert_uint_gt (fazhi_catalog_get_n_entries (catalog), 0);
    }

  ck_assert_ptr_null (fazhi_catalog_get_builtin ("outline-1999"));
  ck_assert_ptr_null (fazhi_catalog_get_builtin ("../etc/passwd"));
}
END_TEST

START_TEST (test_outline_2015)
{
  FazhiCatalog *catalog = fazhi_catalog_get_builtin ("outline-2015");
  GListModel   *model = G_LIST_MODEL (catalog);

  ck_assert_int_eq (fazhi_catalog_get_kind (catalog), FAZHI_CATALOG_KIND_OUTLINE);
  ck_assert_uint_eq (g_list_model_get_n_items (model), 8);
  ck_assert (g_list_model_get_item_type (model) == FAZHI_TYPE_CATALOG_ENTRY);
  ck_assert_int_eq (fazhi_catalog_get_first_year (catalog), 2016);
  ck_assert_int_eq (fazhi_catalog_get_last_year (catalog), 2020);
  ck_assert (fazhi_catalog_covers_year (catalog, 2020));
  ck_assert (!fazhi_catalog_covers_year (catalog, 2021));

  for (guint i = 0; i < 8; i++)
    {
      g_autoptr (FazhiCatalogEntry) entry = g_list_model_get_item (model, i);

      ck_assert_str_eq (fazhi_catalog_entry_get_slug (entry), outline_2015[i]);
      ck_assert_str_eq (fazhi_catalog_entry_get_title (entry), outline_2015_titles[i]);
      ck_assert_uint_eq (fazhi_catalog_entry_get_ordinal (entry), i + 1);
      ck_assert_ptr_nonnull (fazhi_catalog_entry_get_title_en (entry));
      ck_assert_uint_ge (g_strv_length ((char **) fazhi_catalog_entry_get_keywords (entry)), 5);
      ck_assert (fazhi_catalog_entry_get_required (entry));
      ck_assert_uint_eq (fazhi_catalog_entry_get_depth (entry), 1);
    }
  ck_assert_ptr_null (g_list_model_get_item (model, 8));
}
END_TEST

START_TEST (test_outline_2021)
{
  FazhiCatalog *catalog = fazhi_catalog_get_builtin ("outline-2021");

  ck_assert_uint_eq (fazhi_catalog_get_n_entries (catalog), 9);
  for (guint i = 0; outline_2021[i] != NULL; i++)
    ck_assert_str_eq (fazhi_catalog_entry_get_slug (fazhi_catalog_get_entry (catalog, i)), outline_2021[i]);
  ck_assert_str_eq (fazhi_catalog_entry_get_title (fazhi_catalog_lookup_entry (catalog, "emergencies")),
                    "健全突发事件应对体系");
  ck_assert (fazhi_catalog_covers_year (catalog, 2023));
  ck_assert (!fazhi_catalog_covers_year (catalog, 2020));
}
END_TEST

START_TEST (test_parts_and_duties)
{
  FazhiCatalog      *parts = fazhi_catalog_get_builtin ("parts");
  FazhiCatalog      *duties = fazhi_catalog_get_builtin ("duties-2016");
  const char        *required_parts[] = { "measures", "responsibility", "shortcomings", "plans" };
  const char        *required_duties[] = { "lead-by-example", "plan", "four-in-person",
                                           "major-decisions", "year-end-review" };
  FazhiCatalogEntry *four;

  ck_assert_int_eq (fazhi_catalog_get_kind (parts), FAZHI_CATALOG_KIND_PARTS);
  for (guint i = 0; i < G_N_ELEMENTS (required_parts); i++)
    {
      FazhiCatalogEntry *entry = fazhi_catalog_lookup_entry (parts, required_parts[i]);

      ck_assert_msg (entry != NULL, "part %s missing", required_parts[i]);
      ck_assert (fazhi_catalog_entry_get_required (entry));
    }
  ck_assert (!fazhi_catalog_entry_get_required (fazhi_catalog_lookup_entry (parts, "other")));

  ck_assert_int_eq (fazhi_catalog_get_kind (duties), FAZHI_CATALOG_KIND_DUTIES);
  for (guint i = 0; i < G_N_ELEMENTS (required_duties); i++)
    ck_assert_msg (fazhi_catalog_lookup_entry (duties, required_duties[i]) != NULL,
                   "duty %s missing", required_duties[i]);

  four = fazhi_catalog_lookup_entry (duties, "four-in-person");
  ck_assert (g_strv_contains (fazhi_catalog_entry_get_keywords (four), "亲自部署"));
  ck_assert (g_strv_contains (fazhi_catalog_entry_get_keywords (four), "亲自督办"));
}
END_TEST

START_TEST (test_map_between_outlines)
{
  FazhiCatalog *old = fazhi_catalog_get_builtin ("outline-2015");
  FazhiCatalog *new = fazhi_catalog_get_builtin ("outline-2021");

  /* Same slug, same concern. */
  ck_assert_str_eq (fazhi_catalog_entry_get_slug (fazhi_catalog_map_entry (old, "functions", new)), "functions");
  ck_assert_str_eq (fazhi_catalog_entry_get_slug (fazhi_catalog_map_entry (old, "oversight", new)), "oversight");
  /* Explicit mappings. */
  ck_assert_str_eq (fazhi_catalog_entry_get_slug (fazhi_catalog_map_entry (old, "capacity", new)), "leadership");
  ck_assert_str_eq (fazhi_catalog_entry_get_slug (fazhi_catalog_map_entry (old, "organization", new)), "leadership");
  ck_assert_str_eq (fazhi_catalog_entry_get_slug (fazhi_catalog_map_entry (new, "leadership", old)), "organization");
  /* New areas have no counterpart. */
  ck_assert_ptr_null (fazhi_catalog_map_entry (new, "emergencies", old));
  ck_assert_ptr_null (fazhi_catalog_map_entry (new, "digital", old));
  /* Unknown slugs map to nothing; a catalog maps onto itself. */
  ck_assert_ptr_null (fazhi_catalog_map_entry (old, "nonsense", new));
  ck_assert_str_eq (fazhi_catalog_entry_get_slug (fazhi_catalog_map_entry (old, "rules", old)), "rules");
}
END_TEST

static FazhiCatalog *
load_text (const char *json,
           GError    **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new (json, strlen (json));

  return fazhi_catalog_new_from_bytes (bytes, "my-outline.json", error);
}

START_TEST (test_user_catalog)
{
  g_autoptr (GError)       error = NULL;
  g_autoptr (FazhiCatalog) catalog = NULL;
  g_autoptr (GListModel)   roots = NULL;
  g_autoptr (GListModel)   children = NULL;
  FazhiCatalog            *outline_2021 = fazhi_catalog_get_builtin ("outline-2021");
  const char              *slug = NULL;

  catalog = load_text ("{\"format\":1,\"id\":\"indicators-demo\",\"kind\":\"indicators\","
                       "\"title\":\"示范指标\",\"years\":[2021,null],\"entries\":["
                       "{\"slug\":\"a\",\"ordinal\":1,\"title\":\"政府职能依法全面履行\",\"keywords\":[\"放管服\"],"
                       "\"maps\":{\"outline-2021\":\"functions\"}},"
                       "{\"slug\":\"a-1\",\"ordinal\":1,\"title\":\"机构职能\",\"parent\":\"a\"},"
                       "{\"slug\":\"a-1-1\",\"ordinal\":1,\"title\":\"权责清单\",\"parent\":\"a-1\",\"required\":false},"
                       "{\"slug\":\"b\",\"ordinal\":2,\"title\":\"依法行政制度体系\"}]}",
                       &error);
  fazhi_assert_no_error (error);
  ck_assert_int_eq (fazhi_catalog_get_kind (catalog), FAZHI_CATALOG_KIND_INDICATORS);
  ck_assert_int_eq (fazhi_catalog_get_first_year (catalog), 2021);
  ck_assert_int_eq (fazhi_catalog_get_last_year (catalog), 0);
  ck_assert (fazhi_catalog_covers_year (catalog, 2030));
  ck_assert_uint_eq (fazhi_catalog_entry_get_depth (fazhi_catalog_lookup_entry (catalog, "a-1-1")), 3);
  ck_assert (!fazhi_catalog_entry_get_required (fazhi_catalog_lookup_entry (catalog, "a-1-1")));

  roots = fazhi_catalog_dup_children (catalog, NULL);
  ck_assert_uint_eq (g_list_model_get_n_items (roots), 2);
  children = fazhi_catalog_dup_children (catalog, "a");
  ck_assert_uint_eq (g_list_model_get_n_items (children), 1);

  ck_assert (fazhi_catalog_entry_lookup_mapping (fazhi_catalog_lookup_entry (catalog, "a"), "outline-2021", &slug));
  ck_assert_str_eq (slug, "functions");
  ck_assert_str_eq (fazhi_catalog_entry_get_slug (fazhi_catalog_map_entry (catalog, "a", outline_2021)), "functions");
  ck_assert_ptr_null (fazhi_catalog_map_entry (catalog, "b", outline_2021));
}
END_TEST

typedef struct
{
  const char *json;
  int         code;
  const char *message_part;
} BadCatalog;

#define HEAD "{\"format\":1,\"id\":\"x\",\"kind\":\"outline\",\"title\":\"T\","
static const BadCatalog bad_catalogs[] = {
  { "not json", FAZHI_ERROR_INVALID_JSON, "my-outline.json: invalid JSON" },
  { "[1,2]", FAZHI_ERROR_INVALID_CATALOG, "expected an object" },
  { "{\"id\":\"x\"}", FAZHI_ERROR_INVALID_CATALOG, "missing required key \"format\"" },
  { "{\"format\":7,\"id\":\"x\"}", FAZHI_ERROR_UNSUPPORTED_FORMAT, "format 7" },
  { HEAD "\"entries\":[]}", FAZHI_ERROR_INVALID_CATALOG, "entries: must not be empty" },
  { "{\"format\":1,\"id\":\"Bad Id\",\"kind\":\"outline\",\"title\":\"T\",\"entries\":[]}",
    FAZHI_ERROR_INVALID_CATALOG, "not a valid catalog id" },
  { "{\"format\":1,\"id\":\"x\",\"kind\":\"poem\",\"title\":\"T\",\"entries\":[]}",
    FAZHI_ERROR_INVALID_CATALOG, "unknown value \"poem\"" },
  { HEAD "\"entries\":[{\"slug\":\"a\",\"ordinal\":1,\"title\":\"甲\"},{\"slug\":\"rules\",\"ordinal\":2}]}",
    FAZHI_ERROR_INVALID_CATALOG, "entries[1] (slug \"rules\"): missing required key \"title\"" },
  { HEAD "\"entries\":[{\"slug\":\"a\",\"ordinal\":1,\"title\":\"甲\"},{\"slug\":\"a\",\"ordinal\":2,\"title\":\"乙\"}]}",
    FAZHI_ERROR_INVALID_CATALOG, "entries[1] (slug \"a\").slug: the slug is used by an earlier entry" },
  { HEAD "\"entries\":[{\"slug\":\"a\",\"ordinal\":\"one\",\"title\":\"甲\"}]}",
    FAZHI_ERROR_INVALID_CATALOG, "entries[0] (slug \"a\").ordinal: expected an integer, found a string" },
  { HEAD "\"entries\":[{\"slug\":\"a\",\"ordinal\":0,\"title\":\"甲\"}]}",
    FAZHI_ERROR_INVALID_CATALOG, "ordinal: 0 is out of range" },
  { HEAD "\"entries\":[{\"slug\":\"a\",\"ordinal\":1,\"title\":\"甲\",\"keywords\":[\"ok\",3]}]}",
    FAZHI_ERROR_INVALID_CATALOG, "keywords[1]: expected a string" },
  { HEAD "\"entries\":[{\"slug\":\"a\",\"ordinal\":1,\"title\":\"甲\",\"keywords\":[\"\"]}]}",
    FAZHI_ERROR_INVALID_CATALOG, "keywords[0]: must not be empty" },
  { HEAD "\"entries\":[{\"slug\":\"a\",\"ordinal\":1,\"title\":\"甲\",\"parent\":\"zzz\"}]}",
    FAZHI_ERROR_INVALID_CATALOG, "no entry has the slug \"zzz\"" },
  { HEAD "\"entries\":[{\"slug\":\"a\",\"ordinal\":1,\"title\":\"甲\",\"parent\":\"b\"},"
         "{\"slug\":\"b\",\"ordinal\":1,\"title\":\"乙\",\"parent\":\"a\"}]}",
    FAZHI_ERROR_INVALID_CATALOG, "loop" },
  { HEAD "\"entries\":[{\"slug\":\"a\",\"ordinal\":1,\"title\":\"甲\"},{\"slug\":\"b\",\"ordinal\":1,\"title\":\"乙\"}]}",
    FAZHI_ERROR_INVALID_CATALOG, "ordinal 1 is used twice" },
  { HEAD "\"years\":[2021],\"entries\":[{\"slug\":\"a\",\"ordinal\":1,\"title\":\"甲\"}]}",
    FAZHI_ERROR_INVALID_CATALOG, "years: expected [first, last]" },
  { HEAD "\"years\":[2025,2021],\"entries\":[{\"slug\":\"a\",\"ordinal\":1,\"title\":\"甲\"}]}",
    FAZHI_ERROR_INVALID_CATALOG, "is after the last year" },
  { HEAD "\"entries\":[{\"slug\":\"a\",\"ordinal\":1,\"title\":\"甲\",\"maps\":{\"outline-2021\":5}}]}",
    FAZHI_ERROR_INVALID_CATALOG, "maps.outline-2021: expected a string" },
  { HEAD "\"entries\":[7]}", FAZHI_ERROR_INVALID_CATALOG, "entries[0]: expected an object, found a number" },
  { "\xff\xfe{}", FAZHI_ERROR_INVALID_JSON, "not valid UTF-8" },
};
#undef HEAD

START_TEST (test_bad_catalog)
{
  const BadCatalog        *bad = &bad_catalogs[_i];
  g_autoptr (GError)       error = NULL;
  g_autoptr (FazhiCatalog) catalog = load_text (bad->json, &error);

  ck_assert_ptr_null (catalog);
  fazhi_assert_error (error, FAZHI_ERROR, bad->code);
  ck_assert_msg (g_str_has_prefix (error->message, "my-outline.json: "), "message does not name the file: %s",
                 error->message);
  ck_assert_msg (strstr (error->message, bad->message_part) != NULL,
                 "message \"%s\" lacks \"%s\"", error->message, bad->message_part);
}
END_TEST

START_TEST (test_catalog_file)
{
  g_autoptr (GError)       error = NULL;
  g_autoptr (FazhiCatalog) missing = fazhi_catalog_new_from_file ("/nonexistent/outline.json", &error);
  g_autofree char         *dir = g_dir_make_tmp ("fazhi-catalog-XXXXXX", NULL);
  g_autofree char         *path = g_build_filename (dir, "local.json", NULL);
  g_autoptr (FazhiCatalog) local = NULL;

  ck_assert_ptr_null (missing);
  fazhi_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  ck_assert (g_file_set_contents (path,
                                  "{\"format\":1,\"id\":\"local\",\"kind\":\"outline\",\"title\":\"某省实施方案\","
                                  "\"entries\":[{\"slug\":\"functions\",\"ordinal\":1,\"title\":\"职能\"}]}",
                                  -1, NULL));
  local = fazhi_catalog_new_from_file (path, &error);
  fazhi_assert_no_error (error);
  ck_assert_str_eq (fazhi_catalog_get_title (local), "某省实施方案");
  ck_assert_str_eq (fazhi_catalog_entry_get_slug (fazhi_catalog_map_entry (local, "functions",
                                                                           fazhi_catalog_get_builtin ("outline-2015"))),
                    "functions");
  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

static Suite *
catalog_suite (void)
{
  Suite *suite = suite_create ("catalog");
  TCase *builtin = tcase_create ("builtin");
  TCase *files = tcase_create ("files");

  tcase_add_test (builtin, test_builtin_list);
  tcase_add_test (builtin, test_outline_2015);
  tcase_add_test (builtin, test_outline_2021);
  tcase_add_test (builtin, test_parts_and_duties);
  tcase_add_test (builtin, test_map_between_outlines);
  suite_add_tcase (suite, builtin);

  tcase_add_test (files, test_user_catalog);
  tcase_add_loop_test (files, test_bad_catalog, 0, G_N_ELEMENTS (bad_catalogs));
  tcase_add_test (files, test_catalog_file);
  suite_add_tcase (suite, files);

  return suite;
}

int
main (void)
{
  return fazhi_test_run (catalog_suite ());
}
