/* test-policy.c: deadlines, optional areas and rule switches
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <fazhi.h>

#include "fazhi-test.h"

static void
assert_date (GDate *date,
             int    year,
             int    month,
             int    day)
{
  ck_assert_ptr_nonnull (date);
  ck_assert_int_eq (g_date_get_year (date), year);
  ck_assert_int_eq (g_date_get_month (date), month);
  ck_assert_int_eq (g_date_get_day (date), day);
  g_date_free (date);
}

START_TEST (test_national)
{
  g_autoptr (FazhiPolicy) policy = fazhi_policy_new ();
  g_auto (GStrv)          optional = fazhi_policy_dup_optional_areas (policy);
  g_autofree char        *described = NULL;

  ck_assert_str_eq (fazhi_policy_get_name (policy), "national");
  /* Before 1 March: the last day is the end of February, leap years too. */
  assert_date (fazhi_policy_dup_deadline (policy, FAZHI_REPORT_LEVEL_DEPARTMENT, FAZHI_DEADLINE_REPORT, 2020),
               2021, 2, 28);
  assert_date (fazhi_policy_dup_deadline (policy, FAZHI_REPORT_LEVEL_DEPARTMENT, FAZHI_DEADLINE_REPORT, 2023),
               2024, 2, 29);
  assert_date (fazhi_policy_dup_deadline (policy, FAZHI_REPORT_LEVEL_GOVERNMENT, FAZHI_DEADLINE_REPORT, 2021),
               2022, 2, 28);
  assert_date (fazhi_policy_dup_deadline (policy, FAZHI_REPORT_LEVEL_PROVINCE, FAZHI_DEADLINE_REPORT, 2021),
               2022, 3, 31);
  assert_date (fazhi_policy_dup_deadline (policy, FAZHI_REPORT_LEVEL_DEPARTMENT, FAZHI_DEADLINE_PUBLISH, 2021),
               2022, 3, 31);
  /* Unknown level is held to a department's deadline. */
  assert_date (fazhi_policy_dup_deadline (policy, FAZHI_REPORT_LEVEL_UNKNOWN, FAZHI_DEADLINE_REPORT, 2020),
               2021, 2, 28);

  described = fazhi_policy_describe_deadline (policy, FAZHI_REPORT_LEVEL_DEPARTMENT, FAZHI_DEADLINE_REPORT);
  ck_assert_str_eq (described, "before 03-01");
  ck_assert_uint_eq (g_strv_length (optional), 0);
  ck_assert_int_eq (fazhi_policy_get_rule_mode (policy, "repeated-text"), FAZHI_RULE_MODE_DEFAULT);
}
END_TEST

static FazhiPolicy *
load (const char *json,
      GError    **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new (json, strlen (json));

  return fazhi_policy_new_from_bytes (bytes, "policy.json", error);
}

START_TEST (test_local_overrides)
{
  g_autoptr (GError)      error = NULL;
  g_autoptr (FazhiPolicy) policy = load ("{\"format\":1,\"name\":\"moushi\","
                                         "\"deadlines\":{\"department\":{\"report\":{\"by\":\"01-31\"}}},"
                                         "\"optional_areas\":[\"enforcement\",\"emergencies\"],"
                                         "\"rules\":{\"repeated-text\":\"error\",\"missing-area\":\"off\"}}",
                                         &error);
  g_autofree char        *described = NULL;

  fazhi_assert_no_error (error);
  ck_assert_str_eq (fazhi_policy_get_name (policy), "moushi");
  assert_date (fazhi_policy_dup_deadline (policy, FAZHI_REPORT_LEVEL_DEPARTMENT, FAZHI_DEADLINE_REPORT, 2020),
               2021, 1, 31);
  /* What the file does not name keeps its national value. */
  assert_date (fazhi_policy_dup_deadline (policy, FAZHI_REPORT_LEVEL_DEPARTMENT, FAZHI_DEADLINE_PUBLISH, 2020),
               2021, 3, 31);
  assert_date (fazhi_policy_dup_deadline (policy, FAZHI_REPORT_LEVEL_GOVERNMENT, FAZHI_DEADLINE_REPORT, 2020),
               2021, 2, 28);
  described = fazhi_policy_describe_deadline (policy, FAZHI_REPORT_LEVEL_DEPARTMENT, FAZHI_DEADLINE_REPORT);
  ck_assert_str_eq (described, "by 01-31");

  ck_assert (fazhi_policy_is_area_optional (policy, "emergencies"));
  ck_assert (!fazhi_policy_is_area_optional (policy, "functions"));
  ck_assert_int_eq (fazhi_policy_get_rule_mode (policy, "repeated-text"), FAZHI_RULE_MODE_ERROR);
  ck_assert_int_eq (fazhi_policy_get_rule_mode (policy, "missing-area"), FAZHI_RULE_MODE_OFF);
  ck_assert_int_eq (fazhi_policy_get_rule_mode (policy, "late-report"), FAZHI_RULE_MODE_DEFAULT);
}
END_TEST

START_TEST (test_set_in_code)
{
  g_autoptr (FazhiPolicy) policy = fazhi_policy_new ();
  g_auto (GStrv)          ids = NULL;

  fazhi_policy_set_deadline (policy, FAZHI_REPORT_LEVEL_DEPARTMENT, FAZHI_DEADLINE_REPORT,
                             G_DATE_JANUARY, 20, TRUE);
  assert_date (fazhi_policy_dup_deadline (policy, FAZHI_REPORT_LEVEL_DEPARTMENT, FAZHI_DEADLINE_REPORT, 2020),
               2021, 1, 20);

  fazhi_policy_set_area_optional (policy, "digital", TRUE);
  fazhi_policy_set_area_optional (policy, "digital", TRUE);
  ck_assert (fazhi_policy_is_area_optional (policy, "digital"));
  fazhi_policy_set_area_optional (policy, "digital", FALSE);
  ck_assert (!fazhi_policy_is_area_optional (policy, "digital"));

  fazhi_policy_set_rule_mode (policy, "b-rule", FAZHI_RULE_MODE_WARNING);
  fazhi_policy_set_rule_mode (policy, "a-rule", FAZHI_RULE_MODE_OFF);
  ids = fazhi_policy_dup_rule_ids (policy);
  ck_assert_uint_eq (g_strv_length (ids), 2);
  ck_assert_str_eq (ids[0], "a-rule");
  ck_assert_str_eq (ids[1], "b-rule");
  fazhi_policy_set_rule_mode (policy, "a-rule", FAZHI_RULE_MODE_DEFAULT);
  ck_assert_int_eq (fazhi_policy_get_rule_mode (policy, "a-rule"), FAZHI_RULE_MODE_DEFAULT);
}
END_TEST

START_TEST (test_failed_merge_changes_nothing)
{
  g_autoptr (FazhiPolicy) policy = fazhi_policy_new ();
  g_autoptr (GError)      error = NULL;
  const char             *bad = "{\"format\":1,\"name\":\"half\",\"rules\":{\"late-report\":\"error\"},"
                                "\"deadlines\":{\"department\":{\"report\":{\"by\":\"13-40\"}}}}";
  g_autoptr (GBytes)      bytes = g_bytes_new (bad, strlen (bad));

  ck_assert (!fazhi_policy_merge_bytes (policy, bytes, "half.json", &error));
  fazhi_assert_error (error, FAZHI_ERROR, FAZHI_ERROR_INVALID_POLICY);
  ck_assert_str_eq (fazhi_policy_get_name (policy), "national");
  ck_assert_int_eq (fazhi_policy_get_rule_mode (policy, "late-report"), FAZHI_RULE_MODE_DEFAULT);
}
END_TEST

typedef struct
{
  const char *json;
  int         code;
  const char *message_part;
} BadPolicy;

static const BadPolicy bad_policies[] = {
  { "{", FAZHI_ERROR_INVALID_JSON, "policy.json: invalid JSON" },
  { "{\"name\":\"x\"}", FAZHI_ERROR_INVALID_POLICY, "missing required key \"format\"" },
  { "{\"format\":1}", FAZHI_ERROR_INVALID_POLICY, "missing required key \"name\"" },
  { "{\"format\":2,\"name\":\"x\"}", FAZHI_ERROR_UNSUPPORTED_FORMAT, "format 2" },
  { "{\"format\":1,\"name\":\"x\",\"deadlines\":{\"department\":{\"report\":{\"by\":\"13-40\"}}}}",
    FAZHI_ERROR_INVALID_POLICY, "policy.json: deadlines.department.report.by: expected MM-DD" },
  { "{\"format\":1,\"name\":\"x\",\"deadlines\":{\"department\":{\"report\":{\"by\":\"02-29\"}}}}",
    FAZHI_ERROR_INVALID_POLICY, "02-29" },
  { "{\"format\":1,\"name\":\"x\",\"deadlines\":{\"department\":{\"report\":{\"by\":\"01-31\",\"before\":\"02-01\"}}}}",
    FAZHI_ERROR_INVALID_POLICY, "exactly one of" },
  { "{\"format\":1,\"name\":\"x\",\"deadlines\":{\"department\":{\"report\":{}}}}",
    FAZHI_ERROR_INVALID_POLICY, "exactly one of" },
  { "{\"format\":1,\"name\":\"x\",\"deadlines\":{\"village\":{}}}",
    FAZHI_ERROR_INVALID_POLICY, "deadlines.village: unknown level" },
  { "{\"format\":1,\"name\":\"x\",\"deadlines\":{\"department\":{\"submit\":{\"by\":\"01-31\"}}}}",
    FAZHI_ERROR_INVALID_POLICY, "deadlines.department.submit: unknown deadline" },
  { "{\"format\":1,\"name\":\"x\",\"rules\":{\"repeated-text\":\"loud\"}}",
    FAZHI_ERROR_INVALID_POLICY, "rules.repeated-text: expected \"off\"" },
  { "{\"format\":1,\"name\":\"x\",\"rules\":{\"repeated-text\":true}}",
    FAZHI_ERROR_INVALID_POLICY, "rules.repeated-text: expected a string" },
  { "{\"format\":1,\"name\":\"x\",\"optional_areas\":[\"Not A Slug\"]}",
    FAZHI_ERROR_INVALID_POLICY, "optional_areas[0]" },
  { "{\"format\":1,\"name\":\"Has Space\"}", FAZHI_ERROR_INVALID_POLICY, "not a valid name" },
};

START_TEST (test_bad_policy)
{
  const BadPolicy        *bad = &bad_policies[_i];
  g_autoptr (GError)      error = NULL;
  g_autoptr (FazhiPolicy) policy = load (bad->json, &error);

  ck_assert_ptr_null (policy);
  fazhi_assert_error (error, FAZHI_ERROR, bad->code);
  ck_assert_msg (strstr (error->message, bad->message_part) != NULL,
                 "message \"%s\" lacks \"%s\"", error->message, bad->message_part);
}
END_TEST

static Suite *
policy_suite (void)
{
  Suite *suite = suite_create ("policy");
  TCase *tc = tcase_create ("policy");

  tcase_add_test (tc, test_national);
  tcase_add_test (tc, test_local_overrides);
  tcase_add_test (tc, test_set_in_code);
  tcase_add_test (tc, test_failed_merge_changes_nothing);
  tcase_add_loop_test (tc, test_bad_policy, 0, G_N_ELEMENTS (bad_policies));
  suite_add_tcase (suite, tc);

  return suite;
}

int
main (void)
{
  return fazhi_test_run (policy_suite ());
}
