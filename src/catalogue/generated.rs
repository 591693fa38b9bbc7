//! DO NOT EDIT: rows derived from `operations.tsv` for the operations the hand-written
//! table does not cover, in the [`compact`](super::compact) encoding. Regenerate with
//! `BLESS=1 cargo test --test catalogue_sync`.

/// One row per line: `operationId|METHOD|path|@body|reply`.
pub static TABLE: &str = "\
addons_create|POST|/v2/add-ons/saas|@b|B
addons_delete|DELETE|/v2/add-ons/saas/{resource_uuid}|@|B
addons_get|GET|/v2/add-ons/saas/{resource_uuid}|@|B
addons_get_app|GET|/v2/add-ons/apps|@|B
addons_get_app_metadata|GET|/v2/add-ons/apps/{app_slug}/metadata|@|B
addons_list|GET|/v2/add-ons/saas|@|B
addons_patch|PATCH|/v2/add-ons/saas/{resource_uuid}|@b|B
addons_patch_plan|PATCH|/v2/add-ons/saas/{resource_uuid}/plan|@b|B
apps_assign_alertDestinations|POST|/v2/apps/{app_id}/alerts/{alert_id}/destinations|@b|B
apps_cancel_deployment|POST|/v2/apps/{app_id}/deployments/{deployment_id}/cancel|@|B
apps_cancel_event|POST|/v2/apps/{app_id}/events/{event_id}/cancel|@|B
apps_cancel_job_invocation|POST|/v2/apps/{app_id}/job-invocations/{job_invocation_id}/cancel|@|B
apps_commit_rollback|POST|/v2/apps/{app_id}/rollback/commit|@|B
apps_create|POST|/v2/apps|@b|B
apps_create_deployment|POST|/v2/apps/{app_id}/deployments|@b|B
apps_create_rollback|POST|/v2/apps/{app_id}/rollback|@b|B
apps_delete|DELETE|/v2/apps/{id}|@|B
apps_get|GET|/v2/apps/{id}|@|B
apps_get_deployment|GET|/v2/apps/{app_id}/deployments/{deployment_id}|@|B
apps_get_event|GET|/v2/apps/{app_id}/events/{event_id}|@|B
apps_get_event_logs|GET|/v2/apps/{app_id}/events/{event_id}/logs|@|B
apps_get_exec|GET|/v2/apps/{app_id}/deployments/{deployment_id}/components/{component_name}/exec|@|B
apps_get_exec_active_deployment|GET|/v2/apps/{app_id}/components/{component_name}/exec|@|B
apps_get_health|GET|/v2/apps/{app_id}/health|@|B
apps_get_instanceSize|GET|/v2/apps/tiers/instance_sizes/{slug}|@|B
apps_get_instances|GET|/v2/apps/{app_id}/instances|@|B
apps_get_job_invocation|GET|/v2/apps/{app_id}/job-invocations/{job_invocation_id}|@|B
apps_get_job_invocation_logs|GET|/v2/apps/{app_id}/jobs/{job_name}/invocations/{job_invocation_id}/logs|@|B
apps_get_logs|GET|/v2/apps/{app_id}/deployments/{deployment_id}/components/{component_name}/logs|@|B
apps_get_logs_active_deployment|GET|/v2/apps/{app_id}/components/{component_name}/logs|@|B
apps_get_logs_active_deployment_aggregate|GET|/v2/apps/{app_id}/logs|@|B
apps_get_logs_aggregate|GET|/v2/apps/{app_id}/deployments/{deployment_id}/logs|@|B
apps_get_metrics_bandwidth_daily|GET|/v2/apps/{app_id}/metrics/bandwidth_daily|@|B
apps_list|GET|/v2/apps|@|L:apps
apps_list_alerts|GET|/v2/apps/{app_id}/alerts|@|B
apps_list_deployments|GET|/v2/apps/{app_id}/deployments|@|L:deployments
apps_list_events|GET|/v2/apps/{app_id}/events|@|B
apps_list_instanceSizes|GET|/v2/apps/tiers/instance_sizes|@|B
apps_list_job_invocations|GET|/v2/apps/{app_id}/job-invocations|@|B
apps_list_metrics_bandwidth_daily|POST|/v2/apps/metrics/bandwidth_daily|@b|B
apps_list_regions|GET|/v2/apps/regions|@|B
apps_restart|POST|/v2/apps/{app_id}/restart|@o|B
apps_revert_rollback|POST|/v2/apps/{app_id}/rollback/revert|@|B
apps_update|PUT|/v2/apps/{id}|@b|B
apps_validate_appSpec|POST|/v2/apps/propose|@b|B
apps_validate_rollback|POST|/v2/apps/{app_id}/rollback/validate|@b|B
autoscalepools_create|POST|/v2/droplets/autoscale|@o|B
autoscalepools_delete|DELETE|/v2/droplets/autoscale/{autoscale_pool_id}|@|B
autoscalepools_delete_dangerous|DELETE|/v2/droplets/autoscale/{autoscale_pool_id}/dangerous|@|B
autoscalepools_get|GET|/v2/droplets/autoscale/{autoscale_pool_id}|@|B
autoscalepools_list|GET|/v2/droplets/autoscale|@|L:autoscale_pools
autoscalepools_list_history|GET|/v2/droplets/autoscale/{autoscale_pool_id}/history|@|L:history
autoscalepools_list_members|GET|/v2/droplets/autoscale/{autoscale_pool_id}/members|@|L:droplets
autoscalepools_update|PUT|/v2/droplets/autoscale/{autoscale_pool_id}|@o|B
balance_get|GET|/v2/customers/my/balance|@|B
billingHistory_list|GET|/v2/customers/my/billing_history|@|L:billing_history
billingInsights_list|GET|/v2/billing/{account_urn}/insights/{start_date}/{end_date}|@|B
byoipPrefixes_create|POST|/v2/byoip_prefixes|@b|B
byoipPrefixes_delete|DELETE|/v2/byoip_prefixes/{byoip_prefix_uuid}|@|B
byoipPrefixes_get|GET|/v2/byoip_prefixes/{byoip_prefix_uuid}|@|B
byoipPrefixes_list|GET|/v2/byoip_prefixes|@|L:byoip_prefixes
byoipPrefixes_list_resources|GET|/v2/byoip_prefixes/{byoip_prefix_uuid}/ips|@|L:ips
byoipPrefixes_patch|PATCH|/v2/byoip_prefixes/{byoip_prefix_uuid}|@b|B
cdn_create_endpoint|POST|/v2/cdn/endpoints|@b|B
cdn_delete_endpoint|DELETE|/v2/cdn/endpoints/{cdn_id}|@|E
cdn_get_endpoint|GET|/v2/cdn/endpoints/{cdn_id}|@|B
cdn_list_endpoints|GET|/v2/cdn/endpoints|@|L:endpoints
cdn_purge_cache|DELETE|/v2/cdn/endpoints/{cdn_id}/cache|@b|E
cdn_update_endpoints|PUT|/v2/cdn/endpoints/{cdn_id}|@b|B
certificates_create|POST|/v2/certificates|@b|B
certificates_delete|DELETE|/v2/certificates/{certificate_id}|@|E
certificates_get|GET|/v2/certificates/{certificate_id}|@|B
certificates_list|GET|/v2/certificates|@|L:certificates
databases_add|POST|/v2/databases/{database_cluster_uuid}/dbs|@b|B
databases_add_connectionPool|POST|/v2/databases/{database_cluster_uuid}/pools|@b|B
databases_add_user|POST|/v2/databases/{database_cluster_uuid}/users|@b|B
databases_create_cluster|POST|/v2/databases|@b|B
databases_create_kafka_schema|POST|/v2/databases/{database_cluster_uuid}/schema-registry|@b|B
databases_create_kafka_topic|POST|/v2/databases/{database_cluster_uuid}/topics|@o|B
databases_create_logsink|POST|/v2/databases/{database_cluster_uuid}/logsink|@b|B
databases_create_replica|POST|/v2/databases/{database_cluster_uuid}/replicas|@o|B
databases_delete|DELETE|/v2/databases/{database_cluster_uuid}/dbs/{database_name}|@|E
databases_delete_connectionPool|DELETE|/v2/databases/{database_cluster_uuid}/pools/{pool_name}|@|E
databases_delete_kafka_schema|DELETE|/v2/databases/{database_cluster_uuid}/schema-registry/{subject_name}|@|E
databases_delete_kafka_topic|DELETE|/v2/databases/{database_cluster_uuid}/topics/{topic_name}|@|E
databases_delete_logsink|DELETE|/v2/databases/{database_cluster_uuid}/logsink/{logsink_id}|@|B
databases_delete_onlineMigration|DELETE|/v2/databases/{database_cluster_uuid}/online-migration/{migration_id}|@|E
databases_delete_opensearch_index|DELETE|/v2/databases/{database_cluster_uuid}/indexes/{index_name}|@|E
databases_delete_user|DELETE|/v2/databases/{database_cluster_uuid}/users/{username}|@|E
databases_destroy_cluster|DELETE|/v2/databases/{database_cluster_uuid}|@|E
databases_destroy_replica|DELETE|/v2/databases/{database_cluster_uuid}/replicas/{replica_name}|@|E
databases_get|GET|/v2/databases/{database_cluster_uuid}/dbs/{database_name}|@|B
databases_get_autoscale|GET|/v2/databases/{database_cluster_uuid}/autoscale|@|B
databases_get_ca|GET|/v2/databases/{database_cluster_uuid}/ca|@|B
databases_get_cluster|GET|/v2/databases/{database_cluster_uuid}|@|B
databases_get_cluster_metrics_credentials|GET|/v2/databases/metrics/credentials|@|B
databases_get_config|GET|/v2/databases/{database_cluster_uuid}/config|@|B
databases_get_connectionPool|GET|/v2/databases/{database_cluster_uuid}/pools/{pool_name}|@|B
databases_get_do_settings|GET|/v2/databases/{database_cluster_uuid}/do_settings|@|B
databases_get_evictionPolicy|GET|/v2/databases/{database_cluster_uuid}/eviction_policy|@|B
databases_get_kafka_schema|GET|/v2/databases/{database_cluster_uuid}/schema-registry/{subject_name}|@|B
databases_get_kafka_schema_config|GET|/v2/databases/{database_cluster_uuid}/schema-registry/config|@|B
databases_get_kafka_schema_subject_config|GET|/v2/databases/{database_cluster_uuid}/schema-registry/config/{subject_name}|@|B
databases_get_kafka_schema_version|GET|/v2/databases/{database_cluster_uuid}/schema-registry/{subject_name}/versions/{version}|@|B
databases_get_kafka_topic|GET|/v2/databases/{database_cluster_uuid}/topics/{topic_name}|@|B
databases_get_logsink|GET|/v2/databases/{database_cluster_uuid}/logsink/{logsink_id}|@|B
databases_get_migrationStatus|GET|/v2/databases/{database_cluster_uuid}/online-migration|@|B
databases_get_replica|GET|/v2/databases/{database_cluster_uuid}/replicas/{replica_name}|@|B
databases_get_sql_mode|GET|/v2/databases/{database_cluster_uuid}/sql_mode|@|B
databases_get_user|GET|/v2/databases/{database_cluster_uuid}/users/{username}|@|B
databases_install_update|PUT|/v2/databases/{database_cluster_uuid}/install_update|@|E
databases_list|GET|/v2/databases/{database_cluster_uuid}/dbs|@|B
databases_list_backups|GET|/v2/databases/{database_cluster_uuid}/backups|@|B
databases_list_clusters|GET|/v2/databases|@|B
databases_list_connectionPools|GET|/v2/databases/{database_cluster_uuid}/pools|@|B
databases_list_events_logs|GET|/v2/databases/{database_cluster_uuid}/events|@|B
databases_list_firewall_rules|GET|/v2/databases/{database_cluster_uuid}/firewall|@|B
databases_list_kafka_schemas|GET|/v2/databases/{database_cluster_uuid}/schema-registry|@|B
databases_list_kafka_topics|GET|/v2/databases/{database_cluster_uuid}/topics|@|B
databases_list_logsink|GET|/v2/databases/{database_cluster_uuid}/logsink|@|B
databases_list_opeasearch_indexes|GET|/v2/databases/{database_cluster_uuid}/indexes|@|B
databases_list_options|GET|/v2/databases/options|@|B
databases_list_replicas|GET|/v2/databases/{database_cluster_uuid}/replicas|@|B
databases_list_users|GET|/v2/databases/{database_cluster_uuid}/users|@|B
databases_patch_config|PATCH|/v2/databases/{database_cluster_uuid}/config|@b|B
databases_promote_replica|PUT|/v2/databases/{database_cluster_uuid}/replicas/{replica_name}/promote|@|E
databases_reset_auth|POST|/v2/databases/{database_cluster_uuid}/users/{username}/reset_auth|@b|B
databases_update_autoscale|PUT|/v2/databases/{database_cluster_uuid}/autoscale|@b|E
databases_update_clusterSize|PUT|/v2/databases/{database_cluster_uuid}/resize|@b|B
databases_update_cluster_metrics_credentials|PUT|/v2/databases/metrics/credentials|@o|E
databases_update_connectionPool|PUT|/v2/databases/{database_cluster_uuid}/pools/{pool_name}|@b|E
databases_update_do_settings|PUT|/v2/databases/{database_cluster_uuid}/do_settings|@b|E
databases_update_evictionPolicy|PUT|/v2/databases/{database_cluster_uuid}/eviction_policy|@b|E
databases_update_firewall_rules|PUT|/v2/databases/{database_cluster_uuid}/firewall|@b|E
databases_update_kafka_schema_config|PUT|/v2/databases/{database_cluster_uuid}/schema-registry/config|@o|B
databases_update_kafka_schema_subject_config|PUT|/v2/databases/{database_cluster_uuid}/schema-registry/config/{subject_name}|@o|B
databases_update_kafka_topic|PUT|/v2/databases/{database_cluster_uuid}/topics/{topic_name}|@o|B
databases_update_logsink|PUT|/v2/databases/{database_cluster_uuid}/logsink/{logsink_id}|@b|B
databases_update_maintenanceWindow|PUT|/v2/databases/{database_cluster_uuid}/maintenance|@b|E
databases_update_major_version|PUT|/v2/databases/{database_cluster_uuid}/upgrade|@b|E
databases_update_onlineMigration|PUT|/v2/databases/{database_cluster_uuid}/online-migration|@b|B
databases_update_region|PUT|/v2/databases/{database_cluster_uuid}/migrate|@b|B
databases_update_sql_mode|PUT|/v2/databases/{database_cluster_uuid}/sql_mode|@b|E
databases_update_user|PUT|/v2/databases/{database_cluster_uuid}/users/{username}|@b|B
dedicatedInferences_create|POST|/v2/dedicated-inferences|@b|B
dedicatedInferences_create_tokens|POST|/v2/dedicated-inferences/{dedicated_inference_id}/tokens|@b|B
dedicatedInferences_delete|DELETE|/v2/dedicated-inferences/{dedicated_inference_id}|@|B
dedicatedInferences_delete_tokens|DELETE|/v2/dedicated-inferences/{dedicated_inference_id}/tokens/{token_id}|@|E
dedicatedInferences_get|GET|/v2/dedicated-inferences/{dedicated_inference_id}|@|B
dedicatedInferences_get_accelerator|GET|/v2/dedicated-inferences/{dedicated_inference_id}/accelerators/{accelerator_id}|@|B
dedicatedInferences_get_ca|GET|/v2/dedicated-inferences/{dedicated_inference_id}/ca|@|B
dedicatedInferences_get_gpu_model_config|GET|/v2/dedicated-inferences/gpu-model-config|@|B
dedicatedInferences_list|GET|/v2/dedicated-inferences|@|L:dedicated_inferences
dedicatedInferences_list_accelerators|GET|/v2/dedicated-inferences/{dedicated_inference_id}/accelerators|@|L:accelerators
dedicatedInferences_list_sizes|GET|/v2/dedicated-inferences/sizes|@|B
dedicatedInferences_list_tokens|GET|/v2/dedicated-inferences/{dedicated_inference_id}/tokens|@|L:tokens
dedicatedInferences_patch|PATCH|/v2/dedicated-inferences/{dedicated_inference_id}|@b|B
domains_patch_record|PATCH|/v2/domains/{domain_name}/records/{domain_record_id}|@o|B
dropletActions_get|GET|/v2/droplets/{droplet_id}/actions/{action_id}|@|B
droplets_get_backup_policy|GET|/v2/droplets/{droplet_id}/backups/policy|@|B
droplets_list_backup_policies|GET|/v2/droplets/backups/policies|@|L:policies
droplets_list_firewalls|GET|/v2/droplets/{droplet_id}/firewalls|@|L:firewalls
droplets_list_neighborsIds|GET|/v2/reports/droplet_neighbors_ids|@|B
droplets_list_supported_backup_policies|GET|/v2/droplets/backups/supported_policies|@|B
firewalls_add_rules|POST|/v2/firewalls/{firewall_id}/rules|@o|E
firewalls_add_tags|POST|/v2/firewalls/{firewall_id}/tags|@o|E
firewalls_assign_droplets|POST|/v2/firewalls/{firewall_id}/droplets|@o|E
firewalls_create|POST|/v2/firewalls|@o|B
firewalls_delete|DELETE|/v2/firewalls/{firewall_id}|@|E
firewalls_delete_droplets|DELETE|/v2/firewalls/{firewall_id}/droplets|@o|E
firewalls_delete_rules|DELETE|/v2/firewalls/{firewall_id}/rules|@o|E
firewalls_delete_tags|DELETE|/v2/firewalls/{firewall_id}/tags|@o|E
firewalls_get|GET|/v2/firewalls/{firewall_id}|@|B
firewalls_list|GET|/v2/firewalls|@|L:firewalls
firewalls_update|PUT|/v2/firewalls/{firewall_id}|@o|B
floatingIPsAction_get|GET|/v2/floating_ips/{floating_ip}/actions/{action_id}|@|B
floatingIPsAction_list|GET|/v2/floating_ips/{floating_ip}/actions|@|L:actions
floatingIPsAction_post|POST|/v2/floating_ips/{floating_ip}/actions|@o|A
floatingIPs_create|POST|/v2/floating_ips|@b|LA
floatingIPs_delete|DELETE|/v2/floating_ips/{floating_ip}|@|E
floatingIPs_get|GET|/v2/floating_ips/{floating_ip}|@|B
floatingIPs_list|GET|/v2/floating_ips|@|L:floating_ips
functionsAccessKey_create|POST|/v2/functions/namespaces/{namespace_id}/keys|@b|B
functionsAccessKey_delete|DELETE|/v2/functions/namespaces/{namespace_id}/keys/{key_id}|@|B
functionsAccessKey_list|GET|/v2/functions/namespaces/{namespace_id}/keys|@|B
functionsAccessKey_update|PUT|/v2/functions/namespaces/{namespace_id}/keys/{key_id}|@b|B
functions_create_namespace|POST|/v2/functions/namespaces|@b|B
functions_create_trigger|POST|/v2/functions/namespaces/{namespace_id}/triggers|@b|B
functions_delete_namespace|DELETE|/v2/functions/namespaces/{namespace_id}|@|E
functions_delete_trigger|DELETE|/v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}|@|E
functions_get_namespace|GET|/v2/functions/namespaces/{namespace_id}|@|B
functions_get_trigger|GET|/v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}|@|B
functions_list_namespaces|GET|/v2/functions/namespaces|@|B
functions_list_triggers|GET|/v2/functions/namespaces/{namespace_id}/triggers|@|B
functions_update_trigger|PUT|/v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}|@b|B
genai_attach_agent|POST|/v2/gen-ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}|@o|B
genai_attach_agent_function|POST|/v2/gen-ai/agents/{agent_uuid}/functions|@o|B
genai_attach_agent_guardrails|POST|/v2/gen-ai/agents/{agent_uuid}/guardrails|@o|B
genai_attach_knowledge_base|POST|/v2/gen-ai/agents/{agent_uuid}/knowledge_bases/{knowledge_base_uuid}|@|B
genai_attach_knowledge_bases|POST|/v2/gen-ai/agents/{agent_uuid}/knowledge_bases|@|B
genai_cancel_indexing_job|PUT|/v2/gen-ai/indexing_jobs/{uuid}/cancel|@o|B
genai_cancel_model_evaluation_run|PUT|/v2/gen-ai/model_evaluation_runs/{eval_run_uuid}/cancel|@o|B
genai_create_agent|POST|/v2/gen-ai/agents|@o|B
genai_create_agent_api_key|POST|/v2/gen-ai/agents/{agent_uuid}/api_keys|@o|B
genai_create_anthropic_api_key|POST|/v2/gen-ai/anthropic/keys|@o|B
genai_create_custom_evaluation_metric|POST|/v2/gen-ai/custom_evaluation_metrics|@o|B
genai_create_data_source_file_upload_presigned_urls|POST|/v2/gen-ai/knowledge_bases/data_sources/file_upload_presigned_urls|@o|B
genai_create_evaluation_dataset|POST|/v2/gen-ai/evaluation_datasets|@o|B
genai_create_evaluation_dataset_file_upload_presigned_urls|POST|/v2/gen-ai/evaluation_datasets/file_upload_presigned_urls|@o|B
genai_create_evaluation_test_case|POST|/v2/gen-ai/evaluation_test_cases|@o|B
genai_create_indexing_job|POST|/v2/gen-ai/indexing_jobs|@o|B
genai_create_knowledge_base|POST|/v2/gen-ai/knowledge_bases|@o|B
genai_create_knowledge_base_data_source|POST|/v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources|@o|B
genai_create_model_api_key|POST|/v2/gen-ai/models/api_keys|@o|B
genai_create_model_eval_dataset_upload_presigned_urls|POST|/v2/gen-ai/model_evaluation/datasets/file_upload_presigned_urls|@o|B
genai_create_model_evaluation_run|POST|/v2/gen-ai/model_evaluation_runs|@o|B
genai_create_model_router|POST|/v2/gen-ai/models/routers|@o|B
genai_create_oauth2_dropbox_tokens|POST|/v2/gen-ai/oauth2/dropbox/tokens|@o|B
genai_create_openai_api_key|POST|/v2/gen-ai/openai/keys|@o|B
genai_create_scheduled_indexing|POST|/v2/gen-ai/scheduled-indexing|@o|B
genai_create_workspace|POST|/v2/gen-ai/workspaces|@o|B
genai_delete_agent|DELETE|/v2/gen-ai/agents/{uuid}|@|B
genai_delete_agent_api_key|DELETE|/v2/gen-ai/agents/{agent_uuid}/api_keys/{api_key_uuid}|@|B
genai_delete_anthropic_api_key|DELETE|/v2/gen-ai/anthropic/keys/{api_key_uuid}|@|B
genai_delete_custom_evaluation_metric|DELETE|/v2/gen-ai/custom_evaluation_metrics/{metric_uuid}|@|B
genai_delete_custom_model|DELETE|/v2/gen-ai/custom_models/{uuid}|@|B
genai_delete_evaluation_dataset|DELETE|/v2/gen-ai/evaluation_datasets/{dataset_uuid}|@|B
genai_delete_knowledge_base|DELETE|/v2/gen-ai/knowledge_bases/{uuid}|@|B
genai_delete_knowledge_base_data_source|DELETE|/v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources/{data_source_uuid}|@|B
genai_delete_model_api_key|DELETE|/v2/gen-ai/models/api_keys/{api_key_uuid}|@|B
genai_delete_model_evaluation_preset|DELETE|/v2/gen-ai/model_evaluation_presets/{eval_preset_uuid}|@|B
genai_delete_model_evaluation_run|DELETE|/v2/gen-ai/model_evaluation_runs/{eval_run_uuid}|@|B
genai_delete_model_router|DELETE|/v2/gen-ai/models/routers/{uuid}|@|B
genai_delete_openai_api_key|DELETE|/v2/gen-ai/openai/keys/{api_key_uuid}|@|B
genai_delete_scheduled_indexing|DELETE|/v2/gen-ai/scheduled-indexing/{uuid}|@|B
genai_delete_workspace|DELETE|/v2/gen-ai/workspaces/{workspace_uuid}|@|B
genai_detach_agent|DELETE|/v2/gen-ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}|@|B
genai_detach_agent_function|DELETE|/v2/gen-ai/agents/{agent_uuid}/functions/{function_uuid}|@|B
genai_detach_agent_guardrail|DELETE|/v2/gen-ai/agents/{agent_uuid}/guardrails/{guardrail_uuid}|@|B
genai_detach_knowledge_base|DELETE|/v2/gen-ai/agents/{agent_uuid}/knowledge_bases/{knowledge_base_uuid}|@|B
genai_get_agent|GET|/v2/gen-ai/agents/{uuid}|@|B
genai_get_agent_children|GET|/v2/gen-ai/agents/{uuid}/child_agents|@|B
genai_get_agent_usage|GET|/v2/gen-ai/agents/{uuid}/usage|@|B
genai_get_anthropic_api_key|GET|/v2/gen-ai/anthropic/keys/{api_key_uuid}|@|B
genai_get_custom_model|GET|/v2/gen-ai/custom_models/{uuid}|@|B
genai_get_evaluation_dataset_download_url|GET|/v2/gen-ai/evaluation_datasets/{dataset_uuid}/download_url|@|B
genai_get_evaluation_run|GET|/v2/gen-ai/evaluation_runs/{evaluation_run_uuid}|@|B
genai_get_evaluation_run_prompt_results|GET|/v2/gen-ai/evaluation_runs/{evaluation_run_uuid}/results/{prompt_id}|@|B
genai_get_evaluation_run_results|GET|/v2/gen-ai/evaluation_runs/{evaluation_run_uuid}/results|@|B
genai_get_evaluation_test_case|GET|/v2/gen-ai/evaluation_test_cases/{test_case_uuid}|@|B
genai_get_indexing_job|GET|/v2/gen-ai/indexing_jobs/{uuid}|@|B
genai_get_indexing_job_details_signed_url|GET|/v2/gen-ai/indexing_jobs/{indexing_job_uuid}/details_signed_url|@|B
genai_get_knowledge_base|GET|/v2/gen-ai/knowledge_bases/{uuid}|@|B
genai_get_model_catalog_card|GET|/v2/gen-ai/models/catalog/{id}|@|B
genai_get_model_evaluation_preset|GET|/v2/gen-ai/model_evaluation_presets/{eval_preset_uuid}|@|B
genai_get_model_evaluation_run|GET|/v2/gen-ai/model_evaluation_runs/{eval_run_uuid}|@|B
genai_get_model_evaluation_run_results_download_url|GET|/v2/gen-ai/model_evaluation_runs/{eval_run_uuid}/results/download_url|@|B
genai_get_model_router|GET|/v2/gen-ai/models/routers/{uuid}|@|B
genai_get_oauth2_url|GET|/v2/gen-ai/oauth2/url|@|B
genai_get_openai_api_key|GET|/v2/gen-ai/openai/keys/{api_key_uuid}|@|B
genai_get_scheduled_indexing|GET|/v2/gen-ai/scheduled-indexing/knowledge-base/{knowledge_base_uuid}|@|B
genai_get_workspace|GET|/v2/gen-ai/workspaces/{workspace_uuid}|@|B
genai_import_custom_model|POST|/v2/gen-ai/custom_models/import|@o|B
genai_list_agent_api_keys|GET|/v2/gen-ai/agents/{agent_uuid}/api_keys|@|L:api_key_infos
genai_list_agent_versions|GET|/v2/gen-ai/agents/{uuid}/versions|@|L:agent_versions
genai_list_agents|GET|/v2/gen-ai/agents|@|L:agents
genai_list_agents_by_anthropic_key|GET|/v2/gen-ai/anthropic/keys/{uuid}/agents|@|L:agents
genai_list_agents_by_openai_key|GET|/v2/gen-ai/openai/keys/{uuid}/agents|@|L:agents
genai_list_agents_by_workspace|GET|/v2/gen-ai/workspaces/{workspace_uuid}/agents|@|L:agents
genai_list_anthropic_api_keys|GET|/v2/gen-ai/anthropic/keys|@|L:api_key_infos
genai_list_custom_models|GET|/v2/gen-ai/custom_models|@|B
genai_list_datacenter_regions|GET|/v2/gen-ai/regions|@|B
genai_list_evaluation_datasets|GET|/v2/gen-ai/evaluation_datasets|@|B
genai_list_evaluation_metrics|GET|/v2/gen-ai/evaluation_metrics|@|B
genai_list_evaluation_runs_by_test_case|GET|/v2/gen-ai/evaluation_test_cases/{evaluation_test_case_uuid}/evaluation_runs|@|B
genai_list_evaluation_test_cases|GET|/v2/gen-ai/evaluation_test_cases|@|B
genai_list_evaluation_test_cases_by_workspace|GET|/v2/gen-ai/workspaces/{workspace_uuid}/evaluation_test_cases|@|B
genai_list_indexing_job_data_sources|GET|/v2/gen-ai/indexing_jobs/{indexing_job_uuid}/data_sources|@|B
genai_list_indexing_jobs|GET|/v2/gen-ai/indexing_jobs|@|L:jobs
genai_list_indexing_jobs_by_knowledge_base|GET|/v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/indexing_jobs|@|L:jobs
genai_list_knowledge_base_data_sources|GET|/v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources|@|L:knowledge_base_data_sources
genai_list_knowledge_bases|GET|/v2/gen-ai/knowledge_bases|@|L:knowledge_bases
genai_list_model_api_keys|GET|/v2/gen-ai/models/api_keys|@|L:api_key_infos
genai_list_model_catalog|GET|/v2/gen-ai/models/catalog|@|B
genai_list_model_evaluation_metrics|GET|/v2/gen-ai/model_evaluation_metrics|@|B
genai_list_model_evaluation_presets|GET|/v2/gen-ai/model_evaluation_presets|@|B
genai_list_model_evaluation_runs|GET|/v2/gen-ai/model_evaluation_runs|@|B
genai_list_model_router_presets|GET|/v2/gen-ai/models/routers/presets|@|L:presets
genai_list_model_router_task_presets|GET|/v2/gen-ai/models/routers/tasks/presets|@|L:tasks
genai_list_model_routers|GET|/v2/gen-ai/models/routers|@|L:model_routers
genai_list_models|GET|/v2/gen-ai/models|@|L:models
genai_list_openai_api_keys|GET|/v2/gen-ai/openai/keys|@|L:api_key_infos
genai_list_workspaces|GET|/v2/gen-ai/workspaces|@|B
genai_regenerate_agent_api_key|PUT|/v2/gen-ai/agents/{agent_uuid}/api_keys/{api_key_uuid}/regenerate|@|B
genai_regenerate_model_api_key|PUT|/v2/gen-ai/models/api_keys/{api_key_uuid}/regenerate|@|B
genai_rollback_to_agent_version|PUT|/v2/gen-ai/agents/{uuid}/versions|@o|B
genai_run_evaluation_test_case|POST|/v2/gen-ai/evaluation_runs|@o|B
genai_update_agent|PUT|/v2/gen-ai/agents/{uuid}|@o|B
genai_update_agent_api_key|PUT|/v2/gen-ai/agents/{agent_uuid}/api_keys/{api_key_uuid}|@o|B
genai_update_agent_deployment_visibility|PUT|/v2/gen-ai/agents/{uuid}/deployment_visibility|@o|B
genai_update_agent_function|PUT|/v2/gen-ai/agents/{agent_uuid}/functions/{function_uuid}|@o|B
genai_update_agents_workspace|PUT|/v2/gen-ai/workspaces/{workspace_uuid}/agents|@o|B
genai_update_anthropic_api_key|PUT|/v2/gen-ai/anthropic/keys/{api_key_uuid}|@o|B
genai_update_attached_agent|PUT|/v2/gen-ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}|@o|B
genai_update_custom_evaluation_metric|PUT|/v2/gen-ai/custom_evaluation_metrics/{metric_uuid}|@o|B
genai_update_custom_model_metadata|PATCH|/v2/gen-ai/custom_models/{uuid}/metadata|@o|B
genai_update_evaluation_test_case|PUT|/v2/gen-ai/evaluation_test_cases/{test_case_uuid}|@o|B
genai_update_knowledge_base|PUT|/v2/gen-ai/knowledge_bases/{uuid}|@o|B
genai_update_knowledge_base_data_source|PUT|/v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources/{data_source_uuid}|@o|B
genai_update_model_api_key|PUT|/v2/gen-ai/models/api_keys/{api_key_uuid}|@o|B
genai_update_model_evaluation_run|PATCH|/v2/gen-ai/model_evaluation_runs/{eval_run_uuid}|@o|B
genai_update_model_router|PUT|/v2/gen-ai/models/routers/{uuid}|@o|B
genai_update_openai_api_key|PUT|/v2/gen-ai/openai/keys/{api_key_uuid}|@o|B
genai_update_workspace|PUT|/v2/gen-ai/workspaces/{workspace_uuid}|@o|B
imageActions_get|GET|/v2/images/{image_id}/actions/{action_id}|@|B
images_post_account_transfer_accept|POST|/v2/images/{image_id}/account_transfer/accept|@b|B
images_post_account_transfer_cancel|POST|/v2/images/{image_id}/account_transfer/cancel|@b|E
images_post_account_transfer_create|POST|/v2/images/{image_id}/account_transfer|@b|B
images_post_account_transfer_decline|POST|/v2/images/{image_id}/account_transfer/decline|@b|E
invoices_get_byUUID|GET|/v2/customers/my/invoices/{invoice_uuid}|@|L:invoice_items
invoices_get_csvByUUID|GET|/v2/customers/my/invoices/{invoice_uuid}/csv|@|B
invoices_get_pdfByUUID|GET|/v2/customers/my/invoices/{invoice_uuid}/pdf|@|B
invoices_get_summaryByUUID|GET|/v2/customers/my/invoices/{invoice_uuid}/summary|@|B
invoices_list|GET|/v2/customers/my/invoices|@|B
kubernetes_add_nodePool|POST|/v2/kubernetes/clusters/{cluster_id}/node_pools|@b|B
kubernetes_add_registries|POST|/v2/kubernetes/registries|@o|E
kubernetes_add_registry|POST|/v2/kubernetes/registry|@o|E
kubernetes_create_cluster|POST|/v2/kubernetes/clusters|@b|B
kubernetes_delete_cluster|DELETE|/v2/kubernetes/clusters/{cluster_id}|@|E
kubernetes_delete_node|DELETE|/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}/nodes/{node_id}|@|B
kubernetes_delete_nodePool|DELETE|/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}|@|E
kubernetes_destroy_associatedResourcesDangerous|DELETE|/v2/kubernetes/clusters/{cluster_id}/destroy_with_associated_resources/dangerous|@|E
kubernetes_destroy_associatedResourcesSelective|DELETE|/v2/kubernetes/clusters/{cluster_id}/destroy_with_associated_resources/selective|@b|E
kubernetes_get_availableUpgrades|GET|/v2/kubernetes/clusters/{cluster_id}/upgrades|@|B
kubernetes_get_cluster|GET|/v2/kubernetes/clusters/{cluster_id}|@|B
kubernetes_get_clusterLintResults|GET|/v2/kubernetes/clusters/{cluster_id}/clusterlint|@|B
kubernetes_get_clusterUser|GET|/v2/kubernetes/clusters/{cluster_id}/user|@|B
kubernetes_get_credentials|GET|/v2/kubernetes/clusters/{cluster_id}/credentials|@|B
kubernetes_get_kubeconfig|GET|/v2/kubernetes/clusters/{cluster_id}/kubeconfig|@|B
kubernetes_get_nodePool|GET|/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}|@|B
kubernetes_get_status_messages|GET|/v2/kubernetes/clusters/{cluster_id}/status_messages|@|B
kubernetes_list_associatedResources|GET|/v2/kubernetes/clusters/{cluster_id}/destroy_with_associated_resources|@|B
kubernetes_list_clusters|GET|/v2/kubernetes/clusters|@|L:kubernetes_clusters
kubernetes_list_nodePools|GET|/v2/kubernetes/clusters/{cluster_id}/node_pools|@|B
kubernetes_list_options|GET|/v2/kubernetes/options|@|B
kubernetes_recycle_node_pool|POST|/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}/recycle|@b|B
kubernetes_remove_registries|DELETE|/v2/kubernetes/registries|@o|E
kubernetes_remove_registry|DELETE|/v2/kubernetes/registry|@o|E
kubernetes_run_clusterLint|POST|/v2/kubernetes/clusters/{cluster_id}/clusterlint|@o|B
kubernetes_update_cluster|PUT|/v2/kubernetes/clusters/{cluster_id}|@b|B
kubernetes_update_nodePool|PUT|/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}|@b|B
kubernetes_upgrade_cluster|POST|/v2/kubernetes/clusters/{cluster_id}/upgrade|@b|B
loadBalancers_add_droplets|POST|/v2/load_balancers/{lb_id}/droplets|@b|E
loadBalancers_add_forwardingRules|POST|/v2/load_balancers/{lb_id}/forwarding_rules|@b|E
loadBalancers_create|POST|/v2/load_balancers|@b|B
loadBalancers_delete|DELETE|/v2/load_balancers/{lb_id}|@|E
loadBalancers_delete_cache|DELETE|/v2/load_balancers/{lb_id}/cache|@|E
loadBalancers_get|GET|/v2/load_balancers/{lb_id}|@|B
loadBalancers_list|GET|/v2/load_balancers|@|L:load_balancers
loadBalancers_remove_droplets|DELETE|/v2/load_balancers/{lb_id}/droplets|@b|E
loadBalancers_remove_forwardingRules|DELETE|/v2/load_balancers/{lb_id}/forwarding_rules|@b|E
loadBalancers_update|PUT|/v2/load_balancers/{lb_id}|@b|B
monitoring_create_alertPolicy|POST|/v2/monitoring/alerts|@b|B
monitoring_create_destination|POST|/v2/monitoring/sinks/destinations|@b|B
monitoring_create_sink|POST|/v2/monitoring/sinks|@b|B
monitoring_delete_alertPolicy|DELETE|/v2/monitoring/alerts/{alert_uuid}|@|E
monitoring_delete_destination|DELETE|/v2/monitoring/sinks/destinations/{destination_uuid}|@|E
monitoring_delete_sink|DELETE|/v2/monitoring/sinks/{sink_uuid}|@|E
monitoring_get_DropletCpuMetrics|GET|/v2/monitoring/metrics/droplet/cpu|@|B
monitoring_get_alertPolicy|GET|/v2/monitoring/alerts/{alert_uuid}|@|B
monitoring_get_appCPUPercentageMetrics|GET|/v2/monitoring/metrics/apps/cpu_percentage|@|B
monitoring_get_appMemoryPercentageMetrics|GET|/v2/monitoring/metrics/apps/memory_percentage|@|B
monitoring_get_appRestartCountMetrics.yml|GET|/v2/monitoring/metrics/apps/restart_count|@|B
monitoring_get_database_mysql_cpu_usage|GET|/v2/monitoring/metrics/database/mysql/cpu_usage|@|B
monitoring_get_database_mysql_disk_usage|GET|/v2/monitoring/metrics/database/mysql/disk_usage|@|B
monitoring_get_database_mysql_index_vs_sequential_reads|GET|/v2/monitoring/metrics/database/mysql/index_vs_sequential_reads|@|B
monitoring_get_database_mysql_load|GET|/v2/monitoring/metrics/database/mysql/load|@|B
monitoring_get_database_mysql_memory_usage|GET|/v2/monitoring/metrics/database/mysql/memory_usage|@|B
monitoring_get_database_mysql_op_rates|GET|/v2/monitoring/metrics/database/mysql/op_rates|@|B
monitoring_get_database_mysql_schema_latency|GET|/v2/monitoring/metrics/database/mysql/schema_latency|@|B
monitoring_get_database_mysql_schema_throughput|GET|/v2/monitoring/metrics/database/mysql/schema_throughput|@|B
monitoring_get_database_mysql_threads_active|GET|/v2/monitoring/metrics/database/mysql/threads_active|@|B
monitoring_get_database_mysql_threads_connected|GET|/v2/monitoring/metrics/database/mysql/threads_connected|@|B
monitoring_get_database_mysql_threads_created_rate|GET|/v2/monitoring/metrics/database/mysql/threads_created_rate|@|B
monitoring_get_destination|GET|/v2/monitoring/sinks/destinations/{destination_uuid}|@|B
monitoring_get_dropletBandwidthMetrics|GET|/v2/monitoring/metrics/droplet/bandwidth|@|B
monitoring_get_dropletFilesystemFreeMetrics|GET|/v2/monitoring/metrics/droplet/filesystem_free|@|B
monitoring_get_dropletFilesystemSizeMetrics|GET|/v2/monitoring/metrics/droplet/filesystem_size|@|B
monitoring_get_dropletLoad15Metrics|GET|/v2/monitoring/metrics/droplet/load_15|@|B
monitoring_get_dropletLoad1Metrics|GET|/v2/monitoring/metrics/droplet/load_1|@|B
monitoring_get_dropletLoad5Metrics|GET|/v2/monitoring/metrics/droplet/load_5|@|B
monitoring_get_dropletMemoryAvailableMetrics|GET|/v2/monitoring/metrics/droplet/memory_available|@|B
monitoring_get_dropletMemoryCachedMetrics|GET|/v2/monitoring/metrics/droplet/memory_cached|@|B
monitoring_get_dropletMemoryFreeMetrics|GET|/v2/monitoring/metrics/droplet/memory_free|@|B
monitoring_get_dropletMemoryTotalMetrics|GET|/v2/monitoring/metrics/droplet/memory_total|@|B
monitoring_get_droplet_autoscale_current_cpu_utilization.yml|GET|/v2/monitoring/metrics/droplet_autoscale/current_cpu_utilization|@|B
monitoring_get_droplet_autoscale_current_instances|GET|/v2/monitoring/metrics/droplet_autoscale/current_instances|@|B
monitoring_get_droplet_autoscale_current_memory_utilization|GET|/v2/monitoring/metrics/droplet_autoscale/current_memory_utilization|@|B
monitoring_get_droplet_autoscale_target_cpu_utilization|GET|/v2/monitoring/metrics/droplet_autoscale/target_cpu_utilization|@|B
monitoring_get_droplet_autoscale_target_instances|GET|/v2/monitoring/metrics/droplet_autoscale/target_instances|@|B
monitoring_get_droplet_autoscale_target_memory_utilization|GET|/v2/monitoring/metrics/droplet_autoscale/target_memory_utilization|@|B
monitoring_get_lb_droplets_connections|GET|/v2/monitoring/metrics/load_balancer/droplets_connections|@|B
monitoring_get_lb_droplets_downtime|GET|/v2/monitoring/metrics/load_balancer/droplets_downtime|@|B
monitoring_get_lb_droplets_health_checks|GET|/v2/monitoring/metrics/load_balancer/droplets_health_checks|@|B
monitoring_get_lb_droplets_http_response_time_50p|GET|/v2/monitoring/metrics/load_balancer/droplets_http_response_time_50p|@|B
monitoring_get_lb_droplets_http_response_time_95p|GET|/v2/monitoring/metrics/load_balancer/droplets_http_response_time_95p|@|B
monitoring_get_lb_droplets_http_response_time_99p|GET|/v2/monitoring/metrics/load_balancer/droplets_http_response_time_99p|@|B
monitoring_get_lb_droplets_http_response_time_avg|GET|/v2/monitoring/metrics/load_balancer/droplets_http_response_time_avg|@|B
monitoring_get_lb_droplets_http_responses|GET|/v2/monitoring/metrics/load_balancer/droplets_http_responses|@|B
monitoring_get_lb_droplets_http_session_duration_50p|GET|/v2/monitoring/metrics/load_balancer/droplets_http_session_duration_50p|@|B
monitoring_get_lb_droplets_http_session_duration_95p|GET|/v2/monitoring/metrics/load_balancer/droplets_http_session_duration_95p|@|B
monitoring_get_lb_droplets_http_session_duration_avg|GET|/v2/monitoring/metrics/load_balancer/droplets_http_session_duration_avg|@|B
monitoring_get_lb_droplets_queue_size|GET|/v2/monitoring/metrics/load_balancer/droplets_queue_size|@|B
monitoring_get_lb_frontend_connections_current|GET|/v2/monitoring/metrics/load_balancer/frontend_connections_current|@|B
monitoring_get_lb_frontend_connections_limit|GET|/v2/monitoring/metrics/load_balancer/frontend_connections_limit|@|B
monitoring_get_lb_frontend_cpu_utilization|GET|/v2/monitoring/metrics/load_balancer/frontend_cpu_utilization|@|B
monitoring_get_lb_frontend_firewall_dropped_bytes|GET|/v2/monitoring/metrics/load_balancer/frontend_firewall_dropped_bytes|@|B
monitoring_get_lb_frontend_firewall_dropped_packets|GET|/v2/monitoring/metrics/load_balancer/frontend_firewall_dropped_packets|@|B
monitoring_get_lb_frontend_http_requests_per_second|GET|/v2/monitoring/metrics/load_balancer/frontend_http_requests_per_second|@|B
monitoring_get_lb_frontend_http_responses|GET|/v2/monitoring/metrics/load_balancer/frontend_http_responses|@|B
monitoring_get_lb_frontend_network_throughput_http|GET|/v2/monitoring/metrics/load_balancer/frontend_network_throughput_http|@|B
monitoring_get_lb_frontend_network_throughput_tcp|GET|/v2/monitoring/metrics/load_balancer/frontend_network_throughput_tcp|@|B
monitoring_get_lb_frontend_network_throughput_udp|GET|/v2/monitoring/metrics/load_balancer/frontend_network_throughput_udp|@|B
monitoring_get_lb_frontend_nlb_tcp_network_throughput|GET|/v2/monitoring/metrics/load_balancer/frontend_nlb_tcp_network_throughput|@|B
monitoring_get_lb_frontend_nlb_udp_network_throughput|GET|/v2/monitoring/metrics/load_balancer/frontend_nlb_udp_network_throughput|@|B
monitoring_get_lb_frontend_tls_connections_current|GET|/v2/monitoring/metrics/load_balancer/frontend_tls_connections_current|@|B
monitoring_get_lb_frontend_tls_connections_exceeding_rate_limit|GET|/v2/monitoring/metrics/load_balancer/frontend_tls_connections_exceeding_rate_limit|@|B
monitoring_get_lb_frontend_tls_connections_limit|GET|/v2/monitoring/metrics/load_balancer/frontend_tls_connections_limit|@|B
monitoring_get_sink|GET|/v2/monitoring/sinks/{sink_uuid}|@|B
monitoring_list_alertPolicy|GET|/v2/monitoring/alerts|@|L:policies
monitoring_list_destinations|GET|/v2/monitoring/sinks/destinations|@|B
monitoring_list_sinks|GET|/v2/monitoring/sinks|@|B
monitoring_update_alertPolicy|PUT|/v2/monitoring/alerts/{alert_uuid}|@b|B
monitoring_update_destination|POST|/v2/monitoring/sinks/destinations/{destination_uuid}|@b|E
nfs_create|POST|/v2/nfs|@b|B
nfs_create_access_point|POST|/v2/nfs/shares/{share_id}/access_points|@b|A
nfs_create_action|POST|/v2/nfs/{nfs_id}/actions|@b|A
nfs_delete|DELETE|/v2/nfs/{nfs_id}|@|E
nfs_delete_access_point|DELETE|/v2/nfs/access_points/{access_point_id}|@|A
nfs_delete_snapshot|DELETE|/v2/nfs/snapshots/{nfs_snapshot_id}|@|E
nfs_get|GET|/v2/nfs/{nfs_id}|@|B
nfs_get_access_point|GET|/v2/nfs/access_points/{access_point_id}|@|B
nfs_get_snapshot|GET|/v2/nfs/snapshots/{nfs_snapshot_id}|@|B
nfs_list|GET|/v2/nfs|@|B
nfs_list_access_points|GET|/v2/nfs/shares/{share_id}/access_points|@|B
nfs_list_snapshot|GET|/v2/nfs/snapshots|@|B
oneClicks_install_kubernetes|POST|/v2/1-clicks/kubernetes|@b|B
oneClicks_list|GET|/v2/1-clicks|@|B
organizations_create_team|POST|/v2/organizations/team|@b|B
organizations_list_teams|GET|/v2/organizations/teams|@|B
partnerAttachments_create|POST|/v2/partner_network_connect/attachments|@o|B
partnerAttachments_create_service_key|POST|/v2/partner_network_connect/attachments/{pa_id}/service_key|@|B
partnerAttachments_delete|DELETE|/v2/partner_network_connect/attachments/{pa_id}|@|B
partnerAttachments_get|GET|/v2/partner_network_connect/attachments/{pa_id}|@|B
partnerAttachments_get_bgp_auth_key|GET|/v2/partner_network_connect/attachments/{pa_id}/bgp_auth_key|@|B
partnerAttachments_get_service_key|GET|/v2/partner_network_connect/attachments/{pa_id}/service_key|@|B
partnerAttachments_list|GET|/v2/partner_network_connect/attachments|@|L:partner_attachments
partnerAttachments_list_remote_routes|GET|/v2/partner_network_connect/attachments/{pa_id}/remote_routes|@|L:remote_routes
partnerAttachments_patch|PATCH|/v2/partner_network_connect/attachments/{pa_id}|@o|B
projects_assign_resources|POST|/v2/projects/{project_id}/resources|@b|B
projects_assign_resources_default|POST|/v2/projects/default/resources|@b|B
projects_create|POST|/v2/projects|@b|B
projects_delete|DELETE|/v2/projects/{project_id}|@|E
projects_get|GET|/v2/projects/{project_id}|@|B
projects_get_default|GET|/v2/projects/default|@|B
projects_list|GET|/v2/projects|@|L:projects
projects_list_resources|GET|/v2/projects/{project_id}/resources|@|L:resources
projects_list_resources_default|GET|/v2/projects/default/resources|@|L:resources
projects_patch|PATCH|/v2/projects/{project_id}|@b|B
projects_patch_default|PATCH|/v2/projects/default|@b|B
projects_update|PUT|/v2/projects/{project_id}|@b|B
projects_update_default|PUT|/v2/projects/default|@b|B
registries_create|POST|/v2/registries|@b|B
registries_delete|DELETE|/v2/registries/{registry_name}|@|E
registries_delete_repository|DELETE|/v2/registries/{registry_name}/repositories/{repository_name}|@|E
registries_delete_repositoryManifest|DELETE|/v2/registries/{registry_name}/repositories/{repository_name}/digests/{manifest_digest}|@|E
registries_delete_repositoryTag|DELETE|/v2/registries/{registry_name}/repositories/{repository_name}/tags/{repository_tag}|@|E
registries_get|GET|/v2/registries/{registry_name}|@|B
registries_get_dockerCredentials|GET|/v2/registries/{registry_name}/docker-credentials|@|B
registries_get_garbageCollection|GET|/v2/registries/{registry_name}/garbage-collection|@|B
registries_get_options|GET|/v2/registries/options|@|B
registries_get_subscription|GET|/v2/registries/subscription|@|B
registries_list|GET|/v2/registries|@|B
registries_list_garbageCollections|GET|/v2/registries/{registry_name}/garbage-collections|@|B
registries_list_repositoriesV2|GET|/v2/registries/{registry_name}/repositoriesV2|@|L:repositories
registries_list_repositoryManifests|GET|/v2/registries/{registry_name}/repositories/{repository_name}/digests|@|L:manifests
registries_list_repositoryTags|GET|/v2/registries/{registry_name}/repositories/{repository_name}/tags|@|L:tags
registries_run_garbageCollection|POST|/v2/registries/{registry_name}/garbage-collection|@|B
registries_update_garbageCollection|PUT|/v2/registries/{registry_name}/garbage-collection/{garbage_collection_uuid}|@b|B
registries_update_subscription|POST|/v2/registries/subscription|@o|B
registries_validate_name|POST|/v2/registries/validate-name|@b|E
registry_create|POST|/v2/registry|@b|B
registry_delete|DELETE|/v2/registry|@|E
registry_delete_repositoryManifest|DELETE|/v2/registry/{registry_name}/repositories/{repository_name}/digests/{manifest_digest}|@|E
registry_delete_repositoryTag|DELETE|/v2/registry/{registry_name}/repositories/{repository_name}/tags/{repository_tag}|@|E
registry_get|GET|/v2/registry|@|B
registry_get_dockerCredentials|GET|/v2/registry/docker-credentials|@|B
registry_get_garbageCollection|GET|/v2/registry/{registry_name}/garbage-collection|@|B
registry_get_options|GET|/v2/registry/options|@|B
registry_get_subscription|GET|/v2/registry/subscription|@|B
registry_list_garbageCollections|GET|/v2/registry/{registry_name}/garbage-collections|@|B
registry_list_repositories|GET|/v2/registry/{registry_name}/repositories|@|L:repositories
registry_list_repositoriesV2|GET|/v2/registry/{registry_name}/repositoriesV2|@|L:repositories
registry_list_repositoryManifests|GET|/v2/registry/{registry_name}/repositories/{repository_name}/digests|@|L:manifests
registry_list_repositoryTags|GET|/v2/registry/{registry_name}/repositories/{repository_name}/tags|@|L:tags
registry_run_garbageCollection|POST|/v2/registry/{registry_name}/garbage-collection|@o|B
registry_update_garbageCollection|PUT|/v2/registry/{registry_name}/garbage-collection/{garbage_collection_uuid}|@b|B
registry_update_subscription|POST|/v2/registry/subscription|@o|B
registry_validate_name|POST|/v2/registry/validate-name|@b|E
reservedIPsActions_get|GET|/v2/reserved_ips/{reserved_ip}/actions/{action_id}|@|B
reservedIPsActions_list|GET|/v2/reserved_ips/{reserved_ip}/actions|@|L:actions
reservedIPsActions_post|POST|/v2/reserved_ips/{reserved_ip}/actions|@o|A
reservedIPs_create|POST|/v2/reserved_ips|@b|LA
reservedIPs_delete|DELETE|/v2/reserved_ips/{reserved_ip}|@|E
reservedIPs_get|GET|/v2/reserved_ips/{reserved_ip}|@|B
reservedIPs_list|GET|/v2/reserved_ips|@|L:reserved_ips
reservedIPv6Actions_post|POST|/v2/reserved_ipv6/{reserved_ipv6}/actions|@o|A
reservedIPv6_create|POST|/v2/reserved_ipv6|@b|B
reservedIPv6_delete|DELETE|/v2/reserved_ipv6/{reserved_ipv6}|@|E
reservedIPv6_get|GET|/v2/reserved_ipv6/{reserved_ipv6}|@|B
reservedIPv6_list|GET|/v2/reserved_ipv6|@|L:reserved_ipv6s
security_create_scan|POST|/v2/security/scans|@|B
security_create_scan_rule|POST|/v2/security/scans/rules|@b|B
security_create_suppression|POST|/v2/security/settings/suppressions|@b|B
security_delete_suppression|DELETE|/v2/security/settings/suppressions/{suppression_uuid}|@|E
security_get_latest_scan|GET|/v2/security/scans/latest|@|B
security_get_scan|GET|/v2/security/scans/{scan_id}|@|B
security_list_scan_finding_affected_resources|GET|/v2/security/scans/{scan_id}/findings/{finding_uuid}/affected_resources|@|B
security_list_scans|GET|/v2/security/scans|@|L:scans
security_list_settings|GET|/v2/security/settings|@|B
security_update_settings_plan|PUT|/v2/security/settings/plan|@b|B
spacesKey_create|POST|/v2/spaces/keys|@b|B
spacesKey_delete|DELETE|/v2/spaces/keys/{access_key}|@|E
spacesKey_get|GET|/v2/spaces/keys/{access_key}|@|B
spacesKey_list|GET|/v2/spaces/keys|@|L:keys
spacesKey_patch|PATCH|/v2/spaces/keys/{access_key}|@b|B
spacesKey_update|PUT|/v2/spaces/keys/{access_key}|@b|B
uptime_create_alert|POST|/v2/uptime/checks/{check_id}/alerts|@b|B
uptime_create_check|POST|/v2/uptime/checks|@b|B
uptime_delete_alert|DELETE|/v2/uptime/checks/{check_id}/alerts/{alert_id}|@|E
uptime_delete_check|DELETE|/v2/uptime/checks/{check_id}|@|E
uptime_get_alert|GET|/v2/uptime/checks/{check_id}/alerts/{alert_id}|@|B
uptime_get_check|GET|/v2/uptime/checks/{check_id}|@|B
uptime_get_checkState|GET|/v2/uptime/checks/{check_id}/state|@|B
uptime_list_alerts|GET|/v2/uptime/checks/{check_id}/alerts|@|L:alerts
uptime_list_checks|GET|/v2/uptime/checks|@|L:checks
uptime_update_alert|PUT|/v2/uptime/checks/{check_id}/alerts/{alert_id}|@b|B
uptime_update_check|PUT|/v2/uptime/checks/{check_id}|@b|B
vectorDatabases_create|POST|/v2/vector-databases|@o|B
vectorDatabases_delete|DELETE|/v2/vector-databases/{id}|@|E
vectorDatabases_get|GET|/v2/vector-databases/{id}|@|B
vectorDatabases_get_credentials|GET|/v2/vector-databases/{id}/credentials|@|B
vectorDatabases_get_restore_status|GET|/v2/vector-databases/{id}/backups/{backup_id}/restore|@|B
vectorDatabases_list|GET|/v2/vector-databases|@|B
vectorDatabases_list_backups|GET|/v2/vector-databases/{id}/backups|@|B
vectorDatabases_post_resize|POST|/v2/vector-databases/{id}/resize|@o|B
vectorDatabases_post_restore_backup|POST|/v2/vector-databases/{id}/backups/{backup_id}/restore|@o|B
vectorDatabases_update|PUT|/v2/vector-databases/{id}|@o|B
vectorDatabases_update_tags|PUT|/v2/vector-databases/{id}/tags|@o|B
volumeActions_get|GET|/v2/volumes/{volume_id}/actions/{action_id}|@|B
volumeActions_post|POST|/v2/volumes/actions|@b|A
volumeSnapshots_delete_byId|DELETE|/v2/volumes/snapshots/{snapshot_id}|@|E
volumeSnapshots_get_byId|GET|/v2/volumes/snapshots/{snapshot_id}|@|B
vpcPeerings_create|POST|/v2/vpc_peerings|@b|B
vpcPeerings_delete|DELETE|/v2/vpc_peerings/{vpc_peering_id}|@|B
vpcPeerings_get|GET|/v2/vpc_peerings/{vpc_peering_id}|@|B
vpcPeerings_list|GET|/v2/vpc_peerings|@|L:vpc_peerings
vpcPeerings_patch|PATCH|/v2/vpc_peerings/{vpc_peering_id}|@b|B
vpcnatgateways_create|POST|/v2/vpc_nat_gateways|@o|B
vpcnatgateways_delete|DELETE|/v2/vpc_nat_gateways/{id}|@|B
vpcnatgateways_get|GET|/v2/vpc_nat_gateways/{id}|@|B
vpcnatgateways_list|GET|/v2/vpc_nat_gateways|@|L:vpc_nat_gateways
vpcnatgateways_update|PUT|/v2/vpc_nat_gateways/{id}|@o|B
vpcs_create|POST|/v2/vpcs|@b|B
vpcs_create_peerings|POST|/v2/vpcs/{vpc_id}/peerings|@b|B
vpcs_delete|DELETE|/v2/vpcs/{vpc_id}|@|E
vpcs_get|GET|/v2/vpcs/{vpc_id}|@|B
vpcs_list|GET|/v2/vpcs|@|L:vpcs
vpcs_list_members|GET|/v2/vpcs/{vpc_id}/members|@|L:members
vpcs_list_peerings|GET|/v2/vpcs/{vpc_id}/peerings|@|L:peerings
vpcs_patch|PATCH|/v2/vpcs/{vpc_id}|@b|B
vpcs_patch_peerings|PATCH|/v2/vpcs/{vpc_id}/peerings/{vpc_peering_id}|@b|B
vpcs_update|PUT|/v2/vpcs/{vpc_id}|@b|B";

/// `operationId|tag` of the generated rows, for the docs links (not in the wasm).
#[cfg(not(target_arch = "wasm32"))]
pub static TAGS: &str = "\
addons_create|Add-Ons
addons_delete|Add-Ons
addons_get|Add-Ons
addons_get_app|Add-Ons
addons_get_app_metadata|Add-Ons
addons_list|Add-Ons
addons_patch|Add-Ons
addons_patch_plan|Add-Ons
apps_assign_alertDestinations|Apps
apps_cancel_deployment|Apps
apps_cancel_event|Apps
apps_cancel_job_invocation|Apps
apps_commit_rollback|Apps
apps_create|Apps
apps_create_deployment|Apps
apps_create_rollback|Apps
apps_delete|Apps
apps_get|Apps
apps_get_deployment|Apps
apps_get_event|Apps
apps_get_event_logs|Apps
apps_get_exec|Apps
apps_get_exec_active_deployment|Apps
apps_get_health|Apps
apps_get_instanceSize|Apps
apps_get_instances|Apps
apps_get_job_invocation|Apps
apps_get_job_invocation_logs|Apps
apps_get_logs|Apps
apps_get_logs_active_deployment|Apps
apps_get_logs_active_deployment_aggregate|Apps
apps_get_logs_aggregate|Apps
apps_get_metrics_bandwidth_daily|Apps
apps_list|Apps
apps_list_alerts|Apps
apps_list_deployments|Apps
apps_list_events|Apps
apps_list_instanceSizes|Apps
apps_list_job_invocations|Apps
apps_list_metrics_bandwidth_daily|Apps
apps_list_regions|Apps
apps_restart|Apps
apps_revert_rollback|Apps
apps_update|Apps
apps_validate_appSpec|Apps
apps_validate_rollback|Apps
autoscalepools_create|Droplet Autoscale Pools
autoscalepools_delete|Droplet Autoscale Pools
autoscalepools_delete_dangerous|Droplet Autoscale Pools
autoscalepools_get|Droplet Autoscale Pools
autoscalepools_list|Droplet Autoscale Pools
autoscalepools_list_history|Droplet Autoscale Pools
autoscalepools_list_members|Droplet Autoscale Pools
autoscalepools_update|Droplet Autoscale Pools
balance_get|Billing
billingHistory_list|Billing
billingInsights_list|Billing
byoipPrefixes_create|BYOIP Prefixes
byoipPrefixes_delete|BYOIP Prefixes
byoipPrefixes_get|BYOIP Prefixes
byoipPrefixes_list|BYOIP Prefixes
byoipPrefixes_list_resources|BYOIP Prefixes
byoipPrefixes_patch|BYOIP Prefixes
cdn_create_endpoint|CDN Endpoints
cdn_delete_endpoint|CDN Endpoints
cdn_get_endpoint|CDN Endpoints
cdn_list_endpoints|CDN Endpoints
cdn_purge_cache|CDN Endpoints
cdn_update_endpoints|CDN Endpoints
certificates_create|Certificates
certificates_delete|Certificates
certificates_get|Certificates
certificates_list|Certificates
databases_add|Databases
databases_add_connectionPool|Databases
databases_add_user|Databases
databases_create_cluster|Databases
databases_create_kafka_schema|Databases
databases_create_kafka_topic|Databases
databases_create_logsink|Databases
databases_create_replica|Databases
databases_delete|Databases
databases_delete_connectionPool|Databases
databases_delete_kafka_schema|Databases
databases_delete_kafka_topic|Databases
databases_delete_logsink|Databases
databases_delete_onlineMigration|Databases
databases_delete_opensearch_index|Databases
databases_delete_user|Databases
databases_destroy_cluster|Databases
databases_destroy_replica|Databases
databases_get|Databases
databases_get_autoscale|Databases
databases_get_ca|Databases
databases_get_cluster|Databases
databases_get_cluster_metrics_credentials|Databases
databases_get_config|Databases
databases_get_connectionPool|Databases
databases_get_do_settings|Databases
databases_get_evictionPolicy|Databases
databases_get_kafka_schema|Databases
databases_get_kafka_schema_config|Databases
databases_get_kafka_schema_subject_config|Databases
databases_get_kafka_schema_version|Databases
databases_get_kafka_topic|Databases
databases_get_logsink|Databases
databases_get_migrationStatus|Databases
databases_get_replica|Databases
databases_get_sql_mode|Databases
databases_get_user|Databases
databases_install_update|Databases
databases_list|Databases
databases_list_backups|Databases
databases_list_clusters|Databases
databases_list_connectionPools|Databases
databases_list_events_logs|Databases
databases_list_firewall_rules|Databases
databases_list_kafka_schemas|Databases
databases_list_kafka_topics|Databases
databases_list_logsink|Databases
databases_list_opeasearch_indexes|Databases
databases_list_options|Databases
databases_list_replicas|Databases
databases_list_users|Databases
databases_patch_config|Databases
databases_promote_replica|Databases
databases_reset_auth|Databases
databases_update_autoscale|Databases
databases_update_clusterSize|Databases
databases_update_cluster_metrics_credentials|Databases
databases_update_connectionPool|Databases
databases_update_do_settings|Databases
databases_update_evictionPolicy|Databases
databases_update_firewall_rules|Databases
databases_update_kafka_schema_config|Databases
databases_update_kafka_schema_subject_config|Databases
databases_update_kafka_topic|Databases
databases_update_logsink|Databases
databases_update_maintenanceWindow|Databases
databases_update_major_version|Databases
databases_update_onlineMigration|Databases
databases_update_region|Databases
databases_update_sql_mode|Databases
databases_update_user|Databases
dedicatedInferences_create|Dedicated Inference
dedicatedInferences_create_tokens|Dedicated Inference
dedicatedInferences_delete|Dedicated Inference
dedicatedInferences_delete_tokens|Dedicated Inference
dedicatedInferences_get|Dedicated Inference
dedicatedInferences_get_accelerator|Dedicated Inference
dedicatedInferences_get_ca|Dedicated Inference
dedicatedInferences_get_gpu_model_config|Dedicated Inference
dedicatedInferences_list|Dedicated Inference
dedicatedInferences_list_accelerators|Dedicated Inference
dedicatedInferences_list_sizes|Dedicated Inference
dedicatedInferences_list_tokens|Dedicated Inference
dedicatedInferences_patch|Dedicated Inference
domains_patch_record|Domain Records
dropletActions_get|Droplet Actions
droplets_get_backup_policy|Droplets
droplets_list_backup_policies|Droplets
droplets_list_firewalls|Droplets
droplets_list_neighborsIds|Droplets
droplets_list_supported_backup_policies|Droplets
firewalls_add_rules|Firewalls
firewalls_add_tags|Firewalls
firewalls_assign_droplets|Firewalls
firewalls_create|Firewalls
firewalls_delete|Firewalls
firewalls_delete_droplets|Firewalls
firewalls_delete_rules|Firewalls
firewalls_delete_tags|Firewalls
firewalls_get|Firewalls
firewalls_list|Firewalls
firewalls_update|Firewalls
floatingIPsAction_get|Floating IP Actions
floatingIPsAction_list|Floating IP Actions
floatingIPsAction_post|Floating IP Actions
floatingIPs_create|Floating IPs
floatingIPs_delete|Floating IPs
floatingIPs_get|Floating IPs
floatingIPs_list|Floating IPs
functionsAccessKey_create|Functions
functionsAccessKey_delete|Functions
functionsAccessKey_list|Functions
functionsAccessKey_update|Functions
functions_create_namespace|Functions
functions_create_trigger|Functions
functions_delete_namespace|Functions
functions_delete_trigger|Functions
functions_get_namespace|Functions
functions_get_trigger|Functions
functions_list_namespaces|Functions
functions_list_triggers|Functions
functions_update_trigger|Functions
genai_attach_agent|GradientAI Platform
genai_attach_agent_function|GradientAI Platform
genai_attach_agent_guardrails|GradientAI Platform
genai_attach_knowledge_base|GradientAI Platform
genai_attach_knowledge_bases|GradientAI Platform
genai_cancel_indexing_job|GradientAI Platform
genai_cancel_model_evaluation_run|GradientAI Platform
genai_create_agent|GradientAI Platform
genai_create_agent_api_key|GradientAI Platform
genai_create_anthropic_api_key|GradientAI Platform
genai_create_custom_evaluation_metric|GradientAI Platform
genai_create_data_source_file_upload_presigned_urls|GradientAI Platform
genai_create_evaluation_dataset|GradientAI Platform
genai_create_evaluation_dataset_file_upload_presigned_urls|GradientAI Platform
genai_create_evaluation_test_case|GradientAI Platform
genai_create_indexing_job|GradientAI Platform
genai_create_knowledge_base|GradientAI Platform
genai_create_knowledge_base_data_source|GradientAI Platform
genai_create_model_api_key|GradientAI Platform
genai_create_model_eval_dataset_upload_presigned_urls|GradientAI Platform
genai_create_model_evaluation_run|GradientAI Platform
genai_create_model_router|GradientAI Platform
genai_create_oauth2_dropbox_tokens|GradientAI Platform
genai_create_openai_api_key|GradientAI Platform
genai_create_scheduled_indexing|GradientAI Platform
genai_create_workspace|GradientAI Platform
genai_delete_agent|GradientAI Platform
genai_delete_agent_api_key|GradientAI Platform
genai_delete_anthropic_api_key|GradientAI Platform
genai_delete_custom_evaluation_metric|GradientAI Platform
genai_delete_custom_model|GradientAI Platform
genai_delete_evaluation_dataset|GradientAI Platform
genai_delete_knowledge_base|GradientAI Platform
genai_delete_knowledge_base_data_source|GradientAI Platform
genai_delete_model_api_key|GradientAI Platform
genai_delete_model_evaluation_preset|GradientAI Platform
genai_delete_model_evaluation_run|GradientAI Platform
genai_delete_model_router|GradientAI Platform
genai_delete_openai_api_key|GradientAI Platform
genai_delete_scheduled_indexing|GradientAI Platform
genai_delete_workspace|GradientAI Platform
genai_detach_agent|GradientAI Platform
genai_detach_agent_function|GradientAI Platform
genai_detach_agent_guardrail|GradientAI Platform
genai_detach_knowledge_base|GradientAI Platform
genai_get_agent|GradientAI Platform
genai_get_agent_children|GradientAI Platform
genai_get_agent_usage|GradientAI Platform
genai_get_anthropic_api_key|GradientAI Platform
genai_get_custom_model|GradientAI Platform
genai_get_evaluation_dataset_download_url|GradientAI Platform
genai_get_evaluation_run|GradientAI Platform
genai_get_evaluation_run_prompt_results|GradientAI Platform
genai_get_evaluation_run_results|GradientAI Platform
genai_get_evaluation_test_case|GradientAI Platform
genai_get_indexing_job|GradientAI Platform
genai_get_indexing_job_details_signed_url|GradientAI Platform
genai_get_knowledge_base|GradientAI Platform
genai_get_model_catalog_card|GradientAI Platform
genai_get_model_evaluation_preset|GradientAI Platform
genai_get_model_evaluation_run|GradientAI Platform
genai_get_model_evaluation_run_results_download_url|GradientAI Platform
genai_get_model_router|GradientAI Platform
genai_get_oauth2_url|GradientAI Platform
genai_get_openai_api_key|GradientAI Platform
genai_get_scheduled_indexing|GradientAI Platform
genai_get_workspace|GradientAI Platform
genai_import_custom_model|GradientAI Platform
genai_list_agent_api_keys|GradientAI Platform
genai_list_agent_versions|GradientAI Platform
genai_list_agents|GradientAI Platform
genai_list_agents_by_anthropic_key|GradientAI Platform
genai_list_agents_by_openai_key|GradientAI Platform
genai_list_agents_by_workspace|GradientAI Platform
genai_list_anthropic_api_keys|GradientAI Platform
genai_list_custom_models|GradientAI Platform
genai_list_datacenter_regions|GradientAI Platform
genai_list_evaluation_datasets|GradientAI Platform
genai_list_evaluation_metrics|GradientAI Platform
genai_list_evaluation_runs_by_test_case|GradientAI Platform
genai_list_evaluation_test_cases|GradientAI Platform
genai_list_evaluation_test_cases_by_workspace|GradientAI Platform
genai_list_indexing_job_data_sources|GradientAI Platform
genai_list_indexing_jobs|GradientAI Platform
genai_list_indexing_jobs_by_knowledge_base|GradientAI Platform
genai_list_knowledge_base_data_sources|GradientAI Platform
genai_list_knowledge_bases|GradientAI Platform
genai_list_model_api_keys|GradientAI Platform
genai_list_model_catalog|GradientAI Platform
genai_list_model_evaluation_metrics|GradientAI Platform
genai_list_model_evaluation_presets|GradientAI Platform
genai_list_model_evaluation_runs|GradientAI Platform
genai_list_model_router_presets|GradientAI Platform
genai_list_model_router_task_presets|GradientAI Platform
genai_list_model_routers|GradientAI Platform
genai_list_models|GradientAI Platform
genai_list_openai_api_keys|GradientAI Platform
genai_list_workspaces|GradientAI Platform
genai_regenerate_agent_api_key|GradientAI Platform
genai_regenerate_model_api_key|GradientAI Platform
genai_rollback_to_agent_version|GradientAI Platform
genai_run_evaluation_test_case|GradientAI Platform
genai_update_agent|GradientAI Platform
genai_update_agent_api_key|GradientAI Platform
genai_update_agent_deployment_visibility|GradientAI Platform
genai_update_agent_function|GradientAI Platform
genai_update_agents_workspace|GradientAI Platform
genai_update_anthropic_api_key|GradientAI Platform
genai_update_attached_agent|GradientAI Platform
genai_update_custom_evaluation_metric|GradientAI Platform
genai_update_custom_model_metadata|GradientAI Platform
genai_update_evaluation_test_case|GradientAI Platform
genai_update_knowledge_base|GradientAI Platform
genai_update_knowledge_base_data_source|GradientAI Platform
genai_update_model_api_key|GradientAI Platform
genai_update_model_evaluation_run|GradientAI Platform
genai_update_model_router|GradientAI Platform
genai_update_openai_api_key|GradientAI Platform
genai_update_workspace|GradientAI Platform
imageActions_get|Image Actions
images_post_account_transfer_accept|Images
images_post_account_transfer_cancel|Images
images_post_account_transfer_create|Images
images_post_account_transfer_decline|Images
invoices_get_byUUID|Billing
invoices_get_csvByUUID|Billing
invoices_get_pdfByUUID|Billing
invoices_get_summaryByUUID|Billing
invoices_list|Billing
kubernetes_add_nodePool|Kubernetes
kubernetes_add_registries|Kubernetes
kubernetes_add_registry|Kubernetes
kubernetes_create_cluster|Kubernetes
kubernetes_delete_cluster|Kubernetes
kubernetes_delete_node|Kubernetes
kubernetes_delete_nodePool|Kubernetes
kubernetes_destroy_associatedResourcesDangerous|Kubernetes
kubernetes_destroy_associatedResourcesSelective|Kubernetes
kubernetes_get_availableUpgrades|Kubernetes
kubernetes_get_cluster|Kubernetes
kubernetes_get_clusterLintResults|Kubernetes
kubernetes_get_clusterUser|Kubernetes
kubernetes_get_credentials|Kubernetes
kubernetes_get_kubeconfig|Kubernetes
kubernetes_get_nodePool|Kubernetes
kubernetes_get_status_messages|Kubernetes
kubernetes_list_associatedResources|Kubernetes
kubernetes_list_clusters|Kubernetes
kubernetes_list_nodePools|Kubernetes
kubernetes_list_options|Kubernetes
kubernetes_recycle_node_pool|Kubernetes
kubernetes_remove_registries|Kubernetes
kubernetes_remove_registry|Kubernetes
kubernetes_run_clusterLint|Kubernetes
kubernetes_update_cluster|Kubernetes
kubernetes_update_nodePool|Kubernetes
kubernetes_upgrade_cluster|Kubernetes
loadBalancers_add_droplets|Load Balancers
loadBalancers_add_forwardingRules|Load Balancers
loadBalancers_create|Load Balancers
loadBalancers_delete|Load Balancers
loadBalancers_delete_cache|Load Balancers
loadBalancers_get|Load Balancers
loadBalancers_list|Load Balancers
loadBalancers_remove_droplets|Load Balancers
loadBalancers_remove_forwardingRules|Load Balancers
loadBalancers_update|Load Balancers
monitoring_create_alertPolicy|Monitoring
monitoring_create_destination|Monitoring
monitoring_create_sink|Monitoring
monitoring_delete_alertPolicy|Monitoring
monitoring_delete_destination|Monitoring
monitoring_delete_sink|Monitoring
monitoring_get_DropletCpuMetrics|Monitoring
monitoring_get_alertPolicy|Monitoring
monitoring_get_appCPUPercentageMetrics|Monitoring
monitoring_get_appMemoryPercentageMetrics|Monitoring
monitoring_get_appRestartCountMetrics.yml|Monitoring
monitoring_get_database_mysql_cpu_usage|Monitoring
monitoring_get_database_mysql_disk_usage|Monitoring
monitoring_get_database_mysql_index_vs_sequential_reads|Monitoring
monitoring_get_database_mysql_load|Monitoring
monitoring_get_database_mysql_memory_usage|Monitoring
monitoring_get_database_mysql_op_rates|Monitoring
monitoring_get_database_mysql_schema_latency|Monitoring
monitoring_get_database_mysql_schema_throughput|Monitoring
monitoring_get_database_mysql_threads_active|Monitoring
monitoring_get_database_mysql_threads_connected|Monitoring
monitoring_get_database_mysql_threads_created_rate|Monitoring
monitoring_get_destination|Monitoring
monitoring_get_dropletBandwidthMetrics|Monitoring
monitoring_get_dropletFilesystemFreeMetrics|Monitoring
monitoring_get_dropletFilesystemSizeMetrics|Monitoring
monitoring_get_dropletLoad15Metrics|Monitoring
monitoring_get_dropletLoad1Metrics|Monitoring
monitoring_get_dropletLoad5Metrics|Monitoring
monitoring_get_dropletMemoryAvailableMetrics|Monitoring
monitoring_get_dropletMemoryCachedMetrics|Monitoring
monitoring_get_dropletMemoryFreeMetrics|Monitoring
monitoring_get_dropletMemoryTotalMetrics|Monitoring
monitoring_get_droplet_autoscale_current_cpu_utilization.yml|Monitoring
monitoring_get_droplet_autoscale_current_instances|Monitoring
monitoring_get_droplet_autoscale_current_memory_utilization|Monitoring
monitoring_get_droplet_autoscale_target_cpu_utilization|Monitoring
monitoring_get_droplet_autoscale_target_instances|Monitoring
monitoring_get_droplet_autoscale_target_memory_utilization|Monitoring
monitoring_get_lb_droplets_connections|Monitoring
monitoring_get_lb_droplets_downtime|Monitoring
monitoring_get_lb_droplets_health_checks|Monitoring
monitoring_get_lb_droplets_http_response_time_50p|Monitoring
monitoring_get_lb_droplets_http_response_time_95p|Monitoring
monitoring_get_lb_droplets_http_response_time_99p|Monitoring
monitoring_get_lb_droplets_http_response_time_avg|Monitoring
monitoring_get_lb_droplets_http_responses|Monitoring
monitoring_get_lb_droplets_http_session_duration_50p|Monitoring
monitoring_get_lb_droplets_http_session_duration_95p|Monitoring
monitoring_get_lb_droplets_http_session_duration_avg|Monitoring
monitoring_get_lb_droplets_queue_size|Monitoring
monitoring_get_lb_frontend_connections_current|Monitoring
monitoring_get_lb_frontend_connections_limit|Monitoring
monitoring_get_lb_frontend_cpu_utilization|Monitoring
monitoring_get_lb_frontend_firewall_dropped_bytes|Monitoring
monitoring_get_lb_frontend_firewall_dropped_packets|Monitoring
monitoring_get_lb_frontend_http_requests_per_second|Monitoring
monitoring_get_lb_frontend_http_responses|Monitoring
monitoring_get_lb_frontend_network_throughput_http|Monitoring
monitoring_get_lb_frontend_network_throughput_tcp|Monitoring
monitoring_get_lb_frontend_network_throughput_udp|Monitoring
monitoring_get_lb_frontend_nlb_tcp_network_throughput|Monitoring
monitoring_get_lb_frontend_nlb_udp_network_throughput|Monitoring
monitoring_get_lb_frontend_tls_connections_current|Monitoring
monitoring_get_lb_frontend_tls_connections_exceeding_rate_limit|Monitoring
monitoring_get_lb_frontend_tls_connections_limit|Monitoring
monitoring_get_sink|Monitoring
monitoring_list_alertPolicy|Monitoring
monitoring_list_destinations|Monitoring
monitoring_list_sinks|Monitoring
monitoring_update_alertPolicy|Monitoring
monitoring_update_destination|Monitoring
nfs_create|NFS
nfs_create_access_point|NFS
nfs_create_action|NFS Actions
nfs_delete|NFS
nfs_delete_access_point|NFS
nfs_delete_snapshot|NFS
nfs_get|NFS
nfs_get_access_point|NFS
nfs_get_snapshot|NFS
nfs_list|NFS
nfs_list_access_points|NFS
nfs_list_snapshot|NFS
oneClicks_install_kubernetes|1-Click Applications
oneClicks_list|1-Click Applications
organizations_create_team|Organizations
organizations_list_teams|Organizations
partnerAttachments_create|Partner Network Connect
partnerAttachments_create_service_key|Partner Network Connect
partnerAttachments_delete|Partner Network Connect
partnerAttachments_get|Partner Network Connect
partnerAttachments_get_bgp_auth_key|Partner Network Connect
partnerAttachments_get_service_key|Partner Network Connect
partnerAttachments_list|Partner Network Connect
partnerAttachments_list_remote_routes|Partner Network Connect
partnerAttachments_patch|Partner Network Connect
projects_assign_resources|Project Resources
projects_assign_resources_default|Project Resources
projects_create|Projects
projects_delete|Projects
projects_get|Projects
projects_get_default|Projects
projects_list|Projects
projects_list_resources|Project Resources
projects_list_resources_default|Project Resources
projects_patch|Projects
projects_patch_default|Projects
projects_update|Projects
projects_update_default|Projects
registries_create|Container Registries
registries_delete|Container Registries
registries_delete_repository|Container Registries
registries_delete_repositoryManifest|Container Registries
registries_delete_repositoryTag|Container Registries
registries_get|Container Registries
registries_get_dockerCredentials|Container Registries
registries_get_garbageCollection|Container Registries
registries_get_options|Container Registries
registries_get_subscription|Container Registries
registries_list|Container Registries
registries_list_garbageCollections|Container Registries
registries_list_repositoriesV2|Container Registries
registries_list_repositoryManifests|Container Registries
registries_list_repositoryTags|Container Registries
registries_run_garbageCollection|Container Registries
registries_update_garbageCollection|Container Registries
registries_update_subscription|Container Registries
registries_validate_name|Container Registries
registry_create|Container Registry
registry_delete|Container Registry
registry_delete_repositoryManifest|Container Registry
registry_delete_repositoryTag|Container Registry
registry_get|Container Registry
registry_get_dockerCredentials|Container Registry
registry_get_garbageCollection|Container Registry
registry_get_options|Container Registry
registry_get_subscription|Container Registry
registry_list_garbageCollections|Container Registry
registry_list_repositories|Container Registry
registry_list_repositoriesV2|Container Registry
registry_list_repositoryManifests|Container Registry
registry_list_repositoryTags|Container Registry
registry_run_garbageCollection|Container Registry
registry_update_garbageCollection|Container Registry
registry_update_subscription|Container Registry
registry_validate_name|Container Registry
reservedIPsActions_get|Reserved IP Actions
reservedIPsActions_list|Reserved IP Actions
reservedIPsActions_post|Reserved IP Actions
reservedIPs_create|Reserved IPs
reservedIPs_delete|Reserved IPs
reservedIPs_get|Reserved IPs
reservedIPs_list|Reserved IPs
reservedIPv6Actions_post|Reserved IPv6 Actions
reservedIPv6_create|Reserved IPv6
reservedIPv6_delete|Reserved IPv6
reservedIPv6_get|Reserved IPv6
reservedIPv6_list|Reserved IPv6
security_create_scan|Security
security_create_scan_rule|Security
security_create_suppression|Security
security_delete_suppression|Security
security_get_latest_scan|Security
security_get_scan|Security
security_list_scan_finding_affected_resources|Security
security_list_scans|Security
security_list_settings|Security
security_update_settings_plan|Security
spacesKey_create|Spaces Keys
spacesKey_delete|Spaces Keys
spacesKey_get|Spaces Keys
spacesKey_list|Spaces Keys
spacesKey_patch|Spaces Keys
spacesKey_update|Spaces Keys
uptime_create_alert|Uptime
uptime_create_check|Uptime
uptime_delete_alert|Uptime
uptime_delete_check|Uptime
uptime_get_alert|Uptime
uptime_get_check|Uptime
uptime_get_checkState|Uptime
uptime_list_alerts|Uptime
uptime_list_checks|Uptime
uptime_update_alert|Uptime
uptime_update_check|Uptime
vectorDatabases_create|Vector Databases
vectorDatabases_delete|Vector Databases
vectorDatabases_get|Vector Databases
vectorDatabases_get_credentials|Vector Databases
vectorDatabases_get_restore_status|Vector Databases
vectorDatabases_list|Vector Databases
vectorDatabases_list_backups|Vector Databases
vectorDatabases_post_resize|Vector Databases
vectorDatabases_post_restore_backup|Vector Databases
vectorDatabases_update|Vector Databases
vectorDatabases_update_tags|Vector Databases
volumeActions_get|Block Storage Actions
volumeActions_post|Block Storage Actions
volumeSnapshots_delete_byId|Block Storage
volumeSnapshots_get_byId|Block Storage
vpcPeerings_create|VPC Peerings
vpcPeerings_delete|VPC Peerings
vpcPeerings_get|VPC Peerings
vpcPeerings_list|VPC Peerings
vpcPeerings_patch|VPC Peerings
vpcnatgateways_create|VPC NAT Gateways
vpcnatgateways_delete|VPC NAT Gateways
vpcnatgateways_get|VPC NAT Gateways
vpcnatgateways_list|VPC NAT Gateways
vpcnatgateways_update|VPC NAT Gateways
vpcs_create|VPCs
vpcs_create_peerings|VPCs
vpcs_delete|VPCs
vpcs_get|VPCs
vpcs_list|VPCs
vpcs_list_members|VPCs
vpcs_list_peerings|VPCs
vpcs_patch|VPCs
vpcs_patch_peerings|VPCs
vpcs_update|VPCs";
