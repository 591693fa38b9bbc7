//! DO NOT EDIT: rows derived from `operations.tsv` for the operations the hand-written
//! table does not cover, in the [`compact`](super::compact) encoding. Regenerate with
//! `BLESS=1 cargo test --test catalogue_sync`.

/// One row per line: `jsName|operationId|METHOD|path|args|reply`.
pub static TABLE: &str = "\
addonsCreate|addons_create|POST|/v2/add-ons/saas|hash:obj>body ?query:obj>query|B
addonsDelete|addons_delete|DELETE|/v2/add-ons/saas/{resource_uuid}|resourceUuid:ref>p.resource_uuid ?query:obj>query|B
addonsGet|addons_get|GET|/v2/add-ons/saas/{resource_uuid}|resourceUuid:ref>p.resource_uuid ?query:obj>query|B
addonsGetApp|addons_get_app|GET|/v2/add-ons/apps|?query:obj>query|B
addonsGetAppMetadata|addons_get_app_metadata|GET|/v2/add-ons/apps/{app_slug}/metadata|appSlug:ref>p.app_slug ?query:obj>query|B
addonsList|addons_list|GET|/v2/add-ons/saas|?query:obj>query|B
addonsPatch|addons_patch|PATCH|/v2/add-ons/saas/{resource_uuid}|resourceUuid:ref>p.resource_uuid hash:obj>body ?query:obj>query|B
addonsPatchPlan|addons_patch_plan|PATCH|/v2/add-ons/saas/{resource_uuid}/plan|resourceUuid:ref>p.resource_uuid hash:obj>body ?query:obj>query|B
appsAssignAlertDestinations|apps_assign_alertDestinations|POST|/v2/apps/{app_id}/alerts/{alert_id}/destinations|appId:ref>p.app_id alertId:ref>p.alert_id hash:obj>body ?query:obj>query|B
appsCancelDeployment|apps_cancel_deployment|POST|/v2/apps/{app_id}/deployments/{deployment_id}/cancel|appId:ref>p.app_id deploymentId:ref>p.deployment_id ?query:obj>query|B
appsCancelEvent|apps_cancel_event|POST|/v2/apps/{app_id}/events/{event_id}/cancel|appId:ref>p.app_id eventId:ref>p.event_id ?query:obj>query|B
appsCancelJobInvocation|apps_cancel_job_invocation|POST|/v2/apps/{app_id}/job-invocations/{job_invocation_id}/cancel|appId:ref>p.app_id jobInvocationId:ref>p.job_invocation_id ?query:obj>query|B
appsCommitRollback|apps_commit_rollback|POST|/v2/apps/{app_id}/rollback/commit|appId:ref>p.app_id ?query:obj>query|B
appsCreate|apps_create|POST|/v2/apps|hash:obj>body ?query:obj>query|B
appsCreateDeployment|apps_create_deployment|POST|/v2/apps/{app_id}/deployments|appId:ref>p.app_id hash:obj>body ?query:obj>query|B
appsCreateRollback|apps_create_rollback|POST|/v2/apps/{app_id}/rollback|appId:ref>p.app_id hash:obj>body ?query:obj>query|B
appsDelete|apps_delete|DELETE|/v2/apps/{id}|id:ref>p.id ?query:obj>query|B
appsGet|apps_get|GET|/v2/apps/{id}|id:ref>p.id ?query:obj>query|B
appsGetDeployment|apps_get_deployment|GET|/v2/apps/{app_id}/deployments/{deployment_id}|appId:ref>p.app_id deploymentId:ref>p.deployment_id ?query:obj>query|B
appsGetEvent|apps_get_event|GET|/v2/apps/{app_id}/events/{event_id}|appId:ref>p.app_id eventId:ref>p.event_id ?query:obj>query|B
appsGetEventLogs|apps_get_event_logs|GET|/v2/apps/{app_id}/events/{event_id}/logs|appId:ref>p.app_id eventId:ref>p.event_id ?query:obj>query|B
appsGetExec|apps_get_exec|GET|/v2/apps/{app_id}/deployments/{deployment_id}/components/{component_name}/exec|appId:ref>p.app_id deploymentId:ref>p.deployment_id componentName:ref>p.component_name ?query:obj>query|B
appsGetExecActiveDeployment|apps_get_exec_active_deployment|GET|/v2/apps/{app_id}/components/{component_name}/exec|appId:ref>p.app_id componentName:ref>p.component_name ?query:obj>query|B
appsGetHealth|apps_get_health|GET|/v2/apps/{app_id}/health|appId:ref>p.app_id ?query:obj>query|B
appsGetInstanceSize|apps_get_instanceSize|GET|/v2/apps/tiers/instance_sizes/{slug}|slug:ref>p.slug ?query:obj>query|B
appsGetInstances|apps_get_instances|GET|/v2/apps/{app_id}/instances|appId:ref>p.app_id ?query:obj>query|B
appsGetJobInvocation|apps_get_job_invocation|GET|/v2/apps/{app_id}/job-invocations/{job_invocation_id}|appId:ref>p.app_id jobInvocationId:ref>p.job_invocation_id ?query:obj>query|B
appsGetJobInvocationLogs|apps_get_job_invocation_logs|GET|/v2/apps/{app_id}/jobs/{job_name}/invocations/{job_invocation_id}/logs|appId:ref>p.app_id jobName:ref>p.job_name jobInvocationId:ref>p.job_invocation_id ?query:obj>query|B
appsGetLogs|apps_get_logs|GET|/v2/apps/{app_id}/deployments/{deployment_id}/components/{component_name}/logs|appId:ref>p.app_id deploymentId:ref>p.deployment_id componentName:ref>p.component_name ?query:obj>query|B
appsGetLogsActiveDeployment|apps_get_logs_active_deployment|GET|/v2/apps/{app_id}/components/{component_name}/logs|appId:ref>p.app_id componentName:ref>p.component_name ?query:obj>query|B
appsGetLogsActiveDeploymentAggregate|apps_get_logs_active_deployment_aggregate|GET|/v2/apps/{app_id}/logs|appId:ref>p.app_id ?query:obj>query|B
appsGetLogsAggregate|apps_get_logs_aggregate|GET|/v2/apps/{app_id}/deployments/{deployment_id}/logs|appId:ref>p.app_id deploymentId:ref>p.deployment_id ?query:obj>query|B
appsGetMetricsBandwidthDaily|apps_get_metrics_bandwidth_daily|GET|/v2/apps/{app_id}/metrics/bandwidth_daily|appId:ref>p.app_id ?query:obj>query|B
appsList|apps_list|GET|/v2/apps|?query:obj>query|L:apps
appsListAlerts|apps_list_alerts|GET|/v2/apps/{app_id}/alerts|appId:ref>p.app_id ?query:obj>query|B
appsListDeployments|apps_list_deployments|GET|/v2/apps/{app_id}/deployments|appId:ref>p.app_id ?query:obj>query|L:deployments
appsListEvents|apps_list_events|GET|/v2/apps/{app_id}/events|appId:ref>p.app_id ?query:obj>query|B
appsListInstanceSizes|apps_list_instanceSizes|GET|/v2/apps/tiers/instance_sizes|?query:obj>query|B
appsListJobInvocations|apps_list_job_invocations|GET|/v2/apps/{app_id}/job-invocations|appId:ref>p.app_id ?query:obj>query|B
appsListMetricsBandwidthDaily|apps_list_metrics_bandwidth_daily|POST|/v2/apps/metrics/bandwidth_daily|hash:obj>body ?query:obj>query|B
appsListRegions|apps_list_regions|GET|/v2/apps/regions|?query:obj>query|B
appsRestart|apps_restart|POST|/v2/apps/{app_id}/restart|appId:ref>p.app_id ?hash:obj>body ?query:obj>query|B
appsRevertRollback|apps_revert_rollback|POST|/v2/apps/{app_id}/rollback/revert|appId:ref>p.app_id ?query:obj>query|B
appsUpdate|apps_update|PUT|/v2/apps/{id}|id:ref>p.id hash:obj>body ?query:obj>query|B
appsValidateAppSpec|apps_validate_appSpec|POST|/v2/apps/propose|hash:obj>body ?query:obj>query|B
appsValidateRollback|apps_validate_rollback|POST|/v2/apps/{app_id}/rollback/validate|appId:ref>p.app_id hash:obj>body ?query:obj>query|B
autoscalepoolsCreate|autoscalepools_create|POST|/v2/droplets/autoscale|?hash:obj>body ?query:obj>query|B
autoscalepoolsDelete|autoscalepools_delete|DELETE|/v2/droplets/autoscale/{autoscale_pool_id}|autoscalePoolId:ref>p.autoscale_pool_id ?query:obj>query|B
autoscalepoolsDeleteDangerous|autoscalepools_delete_dangerous|DELETE|/v2/droplets/autoscale/{autoscale_pool_id}/dangerous|autoscalePoolId:ref>p.autoscale_pool_id ?query:obj>query|B
autoscalepoolsGet|autoscalepools_get|GET|/v2/droplets/autoscale/{autoscale_pool_id}|autoscalePoolId:ref>p.autoscale_pool_id ?query:obj>query|B
autoscalepoolsList|autoscalepools_list|GET|/v2/droplets/autoscale|?query:obj>query|L:autoscale_pools
autoscalepoolsListHistory|autoscalepools_list_history|GET|/v2/droplets/autoscale/{autoscale_pool_id}/history|autoscalePoolId:ref>p.autoscale_pool_id ?query:obj>query|L:history
autoscalepoolsListMembers|autoscalepools_list_members|GET|/v2/droplets/autoscale/{autoscale_pool_id}/members|autoscalePoolId:ref>p.autoscale_pool_id ?query:obj>query|L:droplets
autoscalepoolsUpdate|autoscalepools_update|PUT|/v2/droplets/autoscale/{autoscale_pool_id}|autoscalePoolId:ref>p.autoscale_pool_id ?hash:obj>body ?query:obj>query|B
balanceGet|balance_get|GET|/v2/customers/my/balance|?query:obj>query|B
billingHistoryList|billingHistory_list|GET|/v2/customers/my/billing_history|?query:obj>query|L:billing_history
billingInsightsList|billingInsights_list|GET|/v2/billing/{account_urn}/insights/{start_date}/{end_date}|accountUrn:ref>p.account_urn startDate:ref>p.start_date endDate:ref>p.end_date ?query:obj>query|B
byoipPrefixesCreate|byoipPrefixes_create|POST|/v2/byoip_prefixes|hash:obj>body ?query:obj>query|B
byoipPrefixesDelete|byoipPrefixes_delete|DELETE|/v2/byoip_prefixes/{byoip_prefix_uuid}|byoipPrefixUuid:ref>p.byoip_prefix_uuid ?query:obj>query|B
byoipPrefixesGet|byoipPrefixes_get|GET|/v2/byoip_prefixes/{byoip_prefix_uuid}|byoipPrefixUuid:ref>p.byoip_prefix_uuid ?query:obj>query|B
byoipPrefixesList|byoipPrefixes_list|GET|/v2/byoip_prefixes|?query:obj>query|L:byoip_prefixes
byoipPrefixesListResources|byoipPrefixes_list_resources|GET|/v2/byoip_prefixes/{byoip_prefix_uuid}/ips|byoipPrefixUuid:ref>p.byoip_prefix_uuid ?query:obj>query|L:ips
byoipPrefixesPatch|byoipPrefixes_patch|PATCH|/v2/byoip_prefixes/{byoip_prefix_uuid}|byoipPrefixUuid:ref>p.byoip_prefix_uuid hash:obj>body ?query:obj>query|B
cdnCreateEndpoint|cdn_create_endpoint|POST|/v2/cdn/endpoints|hash:obj>body ?query:obj>query|B
cdnDeleteEndpoint|cdn_delete_endpoint|DELETE|/v2/cdn/endpoints/{cdn_id}|cdnId:ref>p.cdn_id ?query:obj>query|E
cdnGetEndpoint|cdn_get_endpoint|GET|/v2/cdn/endpoints/{cdn_id}|cdnId:ref>p.cdn_id ?query:obj>query|B
cdnListEndpoints|cdn_list_endpoints|GET|/v2/cdn/endpoints|?query:obj>query|L:endpoints
cdnPurgeCache|cdn_purge_cache|DELETE|/v2/cdn/endpoints/{cdn_id}/cache|cdnId:ref>p.cdn_id hash:obj>body ?query:obj>query|E
cdnUpdateEndpoints|cdn_update_endpoints|PUT|/v2/cdn/endpoints/{cdn_id}|cdnId:ref>p.cdn_id hash:obj>body ?query:obj>query|B
certificatesCreate|certificates_create|POST|/v2/certificates|hash:obj>body ?query:obj>query|B
certificatesDelete|certificates_delete|DELETE|/v2/certificates/{certificate_id}|certificateId:ref>p.certificate_id ?query:obj>query|E
certificatesGet|certificates_get|GET|/v2/certificates/{certificate_id}|certificateId:ref>p.certificate_id ?query:obj>query|B
certificatesList|certificates_list|GET|/v2/certificates|?query:obj>query|L:certificates
databasesAdd|databases_add|POST|/v2/databases/{database_cluster_uuid}/dbs|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|B
databasesAddConnectionPool|databases_add_connectionPool|POST|/v2/databases/{database_cluster_uuid}/pools|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|B
databasesAddUser|databases_add_user|POST|/v2/databases/{database_cluster_uuid}/users|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|B
databasesCreateCluster|databases_create_cluster|POST|/v2/databases|hash:obj>body ?query:obj>query|B
databasesCreateKafkaSchema|databases_create_kafka_schema|POST|/v2/databases/{database_cluster_uuid}/schema-registry|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|B
databasesCreateKafkaTopic|databases_create_kafka_topic|POST|/v2/databases/{database_cluster_uuid}/topics|databaseClusterUuid:ref>p.database_cluster_uuid ?hash:obj>body ?query:obj>query|B
databasesCreateLogsink|databases_create_logsink|POST|/v2/databases/{database_cluster_uuid}/logsink|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|B
databasesCreateReplica|databases_create_replica|POST|/v2/databases/{database_cluster_uuid}/replicas|databaseClusterUuid:ref>p.database_cluster_uuid ?hash:obj>body ?query:obj>query|B
databasesDelete|databases_delete|DELETE|/v2/databases/{database_cluster_uuid}/dbs/{database_name}|databaseClusterUuid:ref>p.database_cluster_uuid databaseName:ref>p.database_name ?query:obj>query|E
databasesDeleteConnectionPool|databases_delete_connectionPool|DELETE|/v2/databases/{database_cluster_uuid}/pools/{pool_name}|databaseClusterUuid:ref>p.database_cluster_uuid poolName:ref>p.pool_name ?query:obj>query|E
databasesDeleteKafkaSchema|databases_delete_kafka_schema|DELETE|/v2/databases/{database_cluster_uuid}/schema-registry/{subject_name}|databaseClusterUuid:ref>p.database_cluster_uuid subjectName:ref>p.subject_name ?query:obj>query|E
databasesDeleteKafkaTopic|databases_delete_kafka_topic|DELETE|/v2/databases/{database_cluster_uuid}/topics/{topic_name}|databaseClusterUuid:ref>p.database_cluster_uuid topicName:ref>p.topic_name ?query:obj>query|E
databasesDeleteLogsink|databases_delete_logsink|DELETE|/v2/databases/{database_cluster_uuid}/logsink/{logsink_id}|databaseClusterUuid:ref>p.database_cluster_uuid logsinkId:ref>p.logsink_id ?query:obj>query|B
databasesDeleteOnlineMigration|databases_delete_onlineMigration|DELETE|/v2/databases/{database_cluster_uuid}/online-migration/{migration_id}|databaseClusterUuid:ref>p.database_cluster_uuid migrationId:ref>p.migration_id ?query:obj>query|E
databasesDeleteOpensearchIndex|databases_delete_opensearch_index|DELETE|/v2/databases/{database_cluster_uuid}/indexes/{index_name}|databaseClusterUuid:ref>p.database_cluster_uuid indexName:ref>p.index_name ?query:obj>query|E
databasesDeleteUser|databases_delete_user|DELETE|/v2/databases/{database_cluster_uuid}/users/{username}|databaseClusterUuid:ref>p.database_cluster_uuid username:ref>p.username ?query:obj>query|E
databasesDestroyCluster|databases_destroy_cluster|DELETE|/v2/databases/{database_cluster_uuid}|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|E
databasesDestroyReplica|databases_destroy_replica|DELETE|/v2/databases/{database_cluster_uuid}/replicas/{replica_name}|databaseClusterUuid:ref>p.database_cluster_uuid replicaName:ref>p.replica_name ?query:obj>query|E
databasesGet|databases_get|GET|/v2/databases/{database_cluster_uuid}/dbs/{database_name}|databaseClusterUuid:ref>p.database_cluster_uuid databaseName:ref>p.database_name ?query:obj>query|B
databasesGetAutoscale|databases_get_autoscale|GET|/v2/databases/{database_cluster_uuid}/autoscale|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesGetCa|databases_get_ca|GET|/v2/databases/{database_cluster_uuid}/ca|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesGetCluster|databases_get_cluster|GET|/v2/databases/{database_cluster_uuid}|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesGetClusterMetricsCredentials|databases_get_cluster_metrics_credentials|GET|/v2/databases/metrics/credentials|?query:obj>query|B
databasesGetConfig|databases_get_config|GET|/v2/databases/{database_cluster_uuid}/config|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesGetConnectionPool|databases_get_connectionPool|GET|/v2/databases/{database_cluster_uuid}/pools/{pool_name}|databaseClusterUuid:ref>p.database_cluster_uuid poolName:ref>p.pool_name ?query:obj>query|B
databasesGetDoSettings|databases_get_do_settings|GET|/v2/databases/{database_cluster_uuid}/do_settings|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesGetEvictionPolicy|databases_get_evictionPolicy|GET|/v2/databases/{database_cluster_uuid}/eviction_policy|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesGetKafkaSchema|databases_get_kafka_schema|GET|/v2/databases/{database_cluster_uuid}/schema-registry/{subject_name}|databaseClusterUuid:ref>p.database_cluster_uuid subjectName:ref>p.subject_name ?query:obj>query|B
databasesGetKafkaSchemaConfig|databases_get_kafka_schema_config|GET|/v2/databases/{database_cluster_uuid}/schema-registry/config|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesGetKafkaSchemaSubjectConfig|databases_get_kafka_schema_subject_config|GET|/v2/databases/{database_cluster_uuid}/schema-registry/config/{subject_name}|databaseClusterUuid:ref>p.database_cluster_uuid subjectName:ref>p.subject_name ?query:obj>query|B
databasesGetKafkaSchemaVersion|databases_get_kafka_schema_version|GET|/v2/databases/{database_cluster_uuid}/schema-registry/{subject_name}/versions/{version}|databaseClusterUuid:ref>p.database_cluster_uuid subjectName:ref>p.subject_name version:ref>p.version ?query:obj>query|B
databasesGetKafkaTopic|databases_get_kafka_topic|GET|/v2/databases/{database_cluster_uuid}/topics/{topic_name}|databaseClusterUuid:ref>p.database_cluster_uuid topicName:ref>p.topic_name ?query:obj>query|B
databasesGetLogsink|databases_get_logsink|GET|/v2/databases/{database_cluster_uuid}/logsink/{logsink_id}|databaseClusterUuid:ref>p.database_cluster_uuid logsinkId:ref>p.logsink_id ?query:obj>query|B
databasesGetMigrationStatus|databases_get_migrationStatus|GET|/v2/databases/{database_cluster_uuid}/online-migration|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesGetReplica|databases_get_replica|GET|/v2/databases/{database_cluster_uuid}/replicas/{replica_name}|databaseClusterUuid:ref>p.database_cluster_uuid replicaName:ref>p.replica_name ?query:obj>query|B
databasesGetSqlMode|databases_get_sql_mode|GET|/v2/databases/{database_cluster_uuid}/sql_mode|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesGetUser|databases_get_user|GET|/v2/databases/{database_cluster_uuid}/users/{username}|databaseClusterUuid:ref>p.database_cluster_uuid username:ref>p.username ?query:obj>query|B
databasesInstallUpdate|databases_install_update|PUT|/v2/databases/{database_cluster_uuid}/install_update|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|E
databasesList|databases_list|GET|/v2/databases/{database_cluster_uuid}/dbs|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesListBackups|databases_list_backups|GET|/v2/databases/{database_cluster_uuid}/backups|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesListClusters|databases_list_clusters|GET|/v2/databases|?query:obj>query|B
databasesListConnectionPools|databases_list_connectionPools|GET|/v2/databases/{database_cluster_uuid}/pools|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesListEventsLogs|databases_list_events_logs|GET|/v2/databases/{database_cluster_uuid}/events|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesListFirewallRules|databases_list_firewall_rules|GET|/v2/databases/{database_cluster_uuid}/firewall|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesListKafkaSchemas|databases_list_kafka_schemas|GET|/v2/databases/{database_cluster_uuid}/schema-registry|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesListKafkaTopics|databases_list_kafka_topics|GET|/v2/databases/{database_cluster_uuid}/topics|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesListLogsink|databases_list_logsink|GET|/v2/databases/{database_cluster_uuid}/logsink|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesListOpeasearchIndexes|databases_list_opeasearch_indexes|GET|/v2/databases/{database_cluster_uuid}/indexes|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesListOptions|databases_list_options|GET|/v2/databases/options|?query:obj>query|B
databasesListReplicas|databases_list_replicas|GET|/v2/databases/{database_cluster_uuid}/replicas|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesListUsers|databases_list_users|GET|/v2/databases/{database_cluster_uuid}/users|databaseClusterUuid:ref>p.database_cluster_uuid ?query:obj>query|B
databasesPatchConfig|databases_patch_config|PATCH|/v2/databases/{database_cluster_uuid}/config|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|B
databasesPromoteReplica|databases_promote_replica|PUT|/v2/databases/{database_cluster_uuid}/replicas/{replica_name}/promote|databaseClusterUuid:ref>p.database_cluster_uuid replicaName:ref>p.replica_name ?query:obj>query|E
databasesResetAuth|databases_reset_auth|POST|/v2/databases/{database_cluster_uuid}/users/{username}/reset_auth|databaseClusterUuid:ref>p.database_cluster_uuid username:ref>p.username hash:obj>body ?query:obj>query|B
databasesUpdateAutoscale|databases_update_autoscale|PUT|/v2/databases/{database_cluster_uuid}/autoscale|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|E
databasesUpdateClusterSize|databases_update_clusterSize|PUT|/v2/databases/{database_cluster_uuid}/resize|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|B
databasesUpdateClusterMetricsCredentials|databases_update_cluster_metrics_credentials|PUT|/v2/databases/metrics/credentials|?hash:obj>body ?query:obj>query|E
databasesUpdateConnectionPool|databases_update_connectionPool|PUT|/v2/databases/{database_cluster_uuid}/pools/{pool_name}|databaseClusterUuid:ref>p.database_cluster_uuid poolName:ref>p.pool_name hash:obj>body ?query:obj>query|E
databasesUpdateDoSettings|databases_update_do_settings|PUT|/v2/databases/{database_cluster_uuid}/do_settings|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|E
databasesUpdateEvictionPolicy|databases_update_evictionPolicy|PUT|/v2/databases/{database_cluster_uuid}/eviction_policy|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|E
databasesUpdateFirewallRules|databases_update_firewall_rules|PUT|/v2/databases/{database_cluster_uuid}/firewall|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|E
databasesUpdateKafkaSchemaConfig|databases_update_kafka_schema_config|PUT|/v2/databases/{database_cluster_uuid}/schema-registry/config|databaseClusterUuid:ref>p.database_cluster_uuid ?hash:obj>body ?query:obj>query|B
databasesUpdateKafkaSchemaSubjectConfig|databases_update_kafka_schema_subject_config|PUT|/v2/databases/{database_cluster_uuid}/schema-registry/config/{subject_name}|databaseClusterUuid:ref>p.database_cluster_uuid subjectName:ref>p.subject_name ?hash:obj>body ?query:obj>query|B
databasesUpdateKafkaTopic|databases_update_kafka_topic|PUT|/v2/databases/{database_cluster_uuid}/topics/{topic_name}|databaseClusterUuid:ref>p.database_cluster_uuid topicName:ref>p.topic_name ?hash:obj>body ?query:obj>query|B
databasesUpdateLogsink|databases_update_logsink|PUT|/v2/databases/{database_cluster_uuid}/logsink/{logsink_id}|databaseClusterUuid:ref>p.database_cluster_uuid logsinkId:ref>p.logsink_id hash:obj>body ?query:obj>query|B
databasesUpdateMaintenanceWindow|databases_update_maintenanceWindow|PUT|/v2/databases/{database_cluster_uuid}/maintenance|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|E
databasesUpdateMajorVersion|databases_update_major_version|PUT|/v2/databases/{database_cluster_uuid}/upgrade|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|E
databasesUpdateOnlineMigration|databases_update_onlineMigration|PUT|/v2/databases/{database_cluster_uuid}/online-migration|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|B
databasesUpdateRegion|databases_update_region|PUT|/v2/databases/{database_cluster_uuid}/migrate|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|B
databasesUpdateSqlMode|databases_update_sql_mode|PUT|/v2/databases/{database_cluster_uuid}/sql_mode|databaseClusterUuid:ref>p.database_cluster_uuid hash:obj>body ?query:obj>query|E
databasesUpdateUser|databases_update_user|PUT|/v2/databases/{database_cluster_uuid}/users/{username}|databaseClusterUuid:ref>p.database_cluster_uuid username:ref>p.username hash:obj>body ?query:obj>query|B
dedicatedInferencesCreate|dedicatedInferences_create|POST|/v2/dedicated-inferences|hash:obj>body ?query:obj>query|B
dedicatedInferencesCreateTokens|dedicatedInferences_create_tokens|POST|/v2/dedicated-inferences/{dedicated_inference_id}/tokens|dedicatedInferenceId:ref>p.dedicated_inference_id hash:obj>body ?query:obj>query|B
dedicatedInferencesDelete|dedicatedInferences_delete|DELETE|/v2/dedicated-inferences/{dedicated_inference_id}|dedicatedInferenceId:ref>p.dedicated_inference_id ?query:obj>query|B
dedicatedInferencesDeleteTokens|dedicatedInferences_delete_tokens|DELETE|/v2/dedicated-inferences/{dedicated_inference_id}/tokens/{token_id}|dedicatedInferenceId:ref>p.dedicated_inference_id tokenId:ref>p.token_id ?query:obj>query|E
dedicatedInferencesGet|dedicatedInferences_get|GET|/v2/dedicated-inferences/{dedicated_inference_id}|dedicatedInferenceId:ref>p.dedicated_inference_id ?query:obj>query|B
dedicatedInferencesGetAccelerator|dedicatedInferences_get_accelerator|GET|/v2/dedicated-inferences/{dedicated_inference_id}/accelerators/{accelerator_id}|dedicatedInferenceId:ref>p.dedicated_inference_id acceleratorId:ref>p.accelerator_id ?query:obj>query|B
dedicatedInferencesGetCa|dedicatedInferences_get_ca|GET|/v2/dedicated-inferences/{dedicated_inference_id}/ca|dedicatedInferenceId:ref>p.dedicated_inference_id ?query:obj>query|B
dedicatedInferencesGetGpuModelConfig|dedicatedInferences_get_gpu_model_config|GET|/v2/dedicated-inferences/gpu-model-config|?query:obj>query|B
dedicatedInferencesList|dedicatedInferences_list|GET|/v2/dedicated-inferences|?query:obj>query|L:dedicated_inferences
dedicatedInferencesListAccelerators|dedicatedInferences_list_accelerators|GET|/v2/dedicated-inferences/{dedicated_inference_id}/accelerators|dedicatedInferenceId:ref>p.dedicated_inference_id ?query:obj>query|L:accelerators
dedicatedInferencesListSizes|dedicatedInferences_list_sizes|GET|/v2/dedicated-inferences/sizes|?query:obj>query|B
dedicatedInferencesListTokens|dedicatedInferences_list_tokens|GET|/v2/dedicated-inferences/{dedicated_inference_id}/tokens|dedicatedInferenceId:ref>p.dedicated_inference_id ?query:obj>query|L:tokens
dedicatedInferencesPatch|dedicatedInferences_patch|PATCH|/v2/dedicated-inferences/{dedicated_inference_id}|dedicatedInferenceId:ref>p.dedicated_inference_id hash:obj>body ?query:obj>query|B
domainsPatchRecord|domains_patch_record|PATCH|/v2/domains/{domain_name}/records/{domain_record_id}|domainName:ref>p.domain_name domainRecordId:ref>p.domain_record_id ?hash:obj>body ?query:obj>query|B
dropletActionsGet|dropletActions_get|GET|/v2/droplets/{droplet_id}/actions/{action_id}|dropletId:ref>p.droplet_id actionId:ref>p.action_id ?query:obj>query|B
dropletsGetBackupPolicy|droplets_get_backup_policy|GET|/v2/droplets/{droplet_id}/backups/policy|dropletId:ref>p.droplet_id ?query:obj>query|B
dropletsListBackupPolicies|droplets_list_backup_policies|GET|/v2/droplets/backups/policies|?query:obj>query|L:policies
dropletsListFirewalls|droplets_list_firewalls|GET|/v2/droplets/{droplet_id}/firewalls|dropletId:ref>p.droplet_id ?query:obj>query|L:firewalls
dropletsListNeighborsIds|droplets_list_neighborsIds|GET|/v2/reports/droplet_neighbors_ids|?query:obj>query|B
dropletsListSupportedBackupPolicies|droplets_list_supported_backup_policies|GET|/v2/droplets/backups/supported_policies|?query:obj>query|B
firewallsAddRules|firewalls_add_rules|POST|/v2/firewalls/{firewall_id}/rules|firewallId:ref>p.firewall_id ?hash:obj>body ?query:obj>query|E
firewallsAddTags|firewalls_add_tags|POST|/v2/firewalls/{firewall_id}/tags|firewallId:ref>p.firewall_id ?hash:obj>body ?query:obj>query|E
firewallsAssignDroplets|firewalls_assign_droplets|POST|/v2/firewalls/{firewall_id}/droplets|firewallId:ref>p.firewall_id ?hash:obj>body ?query:obj>query|E
firewallsCreate|firewalls_create|POST|/v2/firewalls|?hash:obj>body ?query:obj>query|B
firewallsDelete|firewalls_delete|DELETE|/v2/firewalls/{firewall_id}|firewallId:ref>p.firewall_id ?query:obj>query|E
firewallsDeleteDroplets|firewalls_delete_droplets|DELETE|/v2/firewalls/{firewall_id}/droplets|firewallId:ref>p.firewall_id ?hash:obj>body ?query:obj>query|E
firewallsDeleteRules|firewalls_delete_rules|DELETE|/v2/firewalls/{firewall_id}/rules|firewallId:ref>p.firewall_id ?hash:obj>body ?query:obj>query|E
firewallsDeleteTags|firewalls_delete_tags|DELETE|/v2/firewalls/{firewall_id}/tags|firewallId:ref>p.firewall_id ?hash:obj>body ?query:obj>query|E
firewallsGet|firewalls_get|GET|/v2/firewalls/{firewall_id}|firewallId:ref>p.firewall_id ?query:obj>query|B
firewallsList|firewalls_list|GET|/v2/firewalls|?query:obj>query|L:firewalls
firewallsUpdate|firewalls_update|PUT|/v2/firewalls/{firewall_id}|firewallId:ref>p.firewall_id ?hash:obj>body ?query:obj>query|B
floatingIPsActionGet|floatingIPsAction_get|GET|/v2/floating_ips/{floating_ip}/actions/{action_id}|floatingIp:ref>p.floating_ip actionId:ref>p.action_id ?query:obj>query|B
floatingIPsActionList|floatingIPsAction_list|GET|/v2/floating_ips/{floating_ip}/actions|floatingIp:ref>p.floating_ip ?query:obj>query|L:actions
floatingIPsActionPost|floatingIPsAction_post|POST|/v2/floating_ips/{floating_ip}/actions|floatingIp:ref>p.floating_ip ?hash:obj>body ?query:obj>query|A
floatingIPsCreate|floatingIPs_create|POST|/v2/floating_ips|hash:obj>body ?query:obj>query|LA
floatingIPsDelete|floatingIPs_delete|DELETE|/v2/floating_ips/{floating_ip}|floatingIp:ref>p.floating_ip ?query:obj>query|E
floatingIPsGet|floatingIPs_get|GET|/v2/floating_ips/{floating_ip}|floatingIp:ref>p.floating_ip ?query:obj>query|B
floatingIPsList|floatingIPs_list|GET|/v2/floating_ips|?query:obj>query|L:floating_ips
functionsAccessKeyCreate|functionsAccessKey_create|POST|/v2/functions/namespaces/{namespace_id}/keys|namespaceId:ref>p.namespace_id hash:obj>body ?query:obj>query|B
functionsAccessKeyDelete|functionsAccessKey_delete|DELETE|/v2/functions/namespaces/{namespace_id}/keys/{key_id}|namespaceId:ref>p.namespace_id keyId:ref>p.key_id ?query:obj>query|B
functionsAccessKeyList|functionsAccessKey_list|GET|/v2/functions/namespaces/{namespace_id}/keys|namespaceId:ref>p.namespace_id ?query:obj>query|B
functionsAccessKeyUpdate|functionsAccessKey_update|PUT|/v2/functions/namespaces/{namespace_id}/keys/{key_id}|namespaceId:ref>p.namespace_id keyId:ref>p.key_id hash:obj>body ?query:obj>query|B
functionsCreateNamespace|functions_create_namespace|POST|/v2/functions/namespaces|hash:obj>body ?query:obj>query|B
functionsCreateTrigger|functions_create_trigger|POST|/v2/functions/namespaces/{namespace_id}/triggers|namespaceId:ref>p.namespace_id hash:obj>body ?query:obj>query|B
functionsDeleteNamespace|functions_delete_namespace|DELETE|/v2/functions/namespaces/{namespace_id}|namespaceId:ref>p.namespace_id ?query:obj>query|E
functionsDeleteTrigger|functions_delete_trigger|DELETE|/v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}|namespaceId:ref>p.namespace_id triggerName:ref>p.trigger_name ?query:obj>query|E
functionsGetNamespace|functions_get_namespace|GET|/v2/functions/namespaces/{namespace_id}|namespaceId:ref>p.namespace_id ?query:obj>query|B
functionsGetTrigger|functions_get_trigger|GET|/v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}|namespaceId:ref>p.namespace_id triggerName:ref>p.trigger_name ?query:obj>query|B
functionsListNamespaces|functions_list_namespaces|GET|/v2/functions/namespaces|?query:obj>query|B
functionsListTriggers|functions_list_triggers|GET|/v2/functions/namespaces/{namespace_id}/triggers|namespaceId:ref>p.namespace_id ?query:obj>query|B
functionsUpdateTrigger|functions_update_trigger|PUT|/v2/functions/namespaces/{namespace_id}/triggers/{trigger_name}|namespaceId:ref>p.namespace_id triggerName:ref>p.trigger_name hash:obj>body ?query:obj>query|B
genaiAttachAgent|genai_attach_agent|POST|/v2/gen-ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}|parentAgentUuid:ref>p.parent_agent_uuid childAgentUuid:ref>p.child_agent_uuid ?hash:obj>body ?query:obj>query|B
genaiAttachAgentFunction|genai_attach_agent_function|POST|/v2/gen-ai/agents/{agent_uuid}/functions|agentUuid:ref>p.agent_uuid ?hash:obj>body ?query:obj>query|B
genaiAttachAgentGuardrails|genai_attach_agent_guardrails|POST|/v2/gen-ai/agents/{agent_uuid}/guardrails|agentUuid:ref>p.agent_uuid ?hash:obj>body ?query:obj>query|B
genaiAttachKnowledgeBase|genai_attach_knowledge_base|POST|/v2/gen-ai/agents/{agent_uuid}/knowledge_bases/{knowledge_base_uuid}|agentUuid:ref>p.agent_uuid knowledgeBaseUuid:ref>p.knowledge_base_uuid ?query:obj>query|B
genaiAttachKnowledgeBases|genai_attach_knowledge_bases|POST|/v2/gen-ai/agents/{agent_uuid}/knowledge_bases|agentUuid:ref>p.agent_uuid ?query:obj>query|B
genaiCancelIndexingJob|genai_cancel_indexing_job|PUT|/v2/gen-ai/indexing_jobs/{uuid}/cancel|uuid:ref>p.uuid ?hash:obj>body ?query:obj>query|B
genaiCancelModelEvaluationRun|genai_cancel_model_evaluation_run|PUT|/v2/gen-ai/model_evaluation_runs/{eval_run_uuid}/cancel|evalRunUuid:ref>p.eval_run_uuid ?hash:obj>body ?query:obj>query|B
genaiCreateAgent|genai_create_agent|POST|/v2/gen-ai/agents|?hash:obj>body ?query:obj>query|B
genaiCreateAgentApiKey|genai_create_agent_api_key|POST|/v2/gen-ai/agents/{agent_uuid}/api_keys|agentUuid:ref>p.agent_uuid ?hash:obj>body ?query:obj>query|B
genaiCreateAnthropicApiKey|genai_create_anthropic_api_key|POST|/v2/gen-ai/anthropic/keys|?hash:obj>body ?query:obj>query|B
genaiCreateCustomEvaluationMetric|genai_create_custom_evaluation_metric|POST|/v2/gen-ai/custom_evaluation_metrics|?hash:obj>body ?query:obj>query|B
genaiCreateDataSourceFileUploadPresignedUrls|genai_create_data_source_file_upload_presigned_urls|POST|/v2/gen-ai/knowledge_bases/data_sources/file_upload_presigned_urls|?hash:obj>body ?query:obj>query|B
genaiCreateEvaluationDataset|genai_create_evaluation_dataset|POST|/v2/gen-ai/evaluation_datasets|?hash:obj>body ?query:obj>query|B
genaiCreateEvaluationDatasetFileUploadPresignedUrls|genai_create_evaluation_dataset_file_upload_presigned_urls|POST|/v2/gen-ai/evaluation_datasets/file_upload_presigned_urls|?hash:obj>body ?query:obj>query|B
genaiCreateEvaluationTestCase|genai_create_evaluation_test_case|POST|/v2/gen-ai/evaluation_test_cases|?hash:obj>body ?query:obj>query|B
genaiCreateIndexingJob|genai_create_indexing_job|POST|/v2/gen-ai/indexing_jobs|?hash:obj>body ?query:obj>query|B
genaiCreateKnowledgeBase|genai_create_knowledge_base|POST|/v2/gen-ai/knowledge_bases|?hash:obj>body ?query:obj>query|B
genaiCreateKnowledgeBaseDataSource|genai_create_knowledge_base_data_source|POST|/v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources|knowledgeBaseUuid:ref>p.knowledge_base_uuid ?hash:obj>body ?query:obj>query|B
genaiCreateModelApiKey|genai_create_model_api_key|POST|/v2/gen-ai/models/api_keys|?hash:obj>body ?query:obj>query|B
genaiCreateModelEvalDatasetUploadPresignedUrls|genai_create_model_eval_dataset_upload_presigned_urls|POST|/v2/gen-ai/model_evaluation/datasets/file_upload_presigned_urls|?hash:obj>body ?query:obj>query|B
genaiCreateModelEvaluationRun|genai_create_model_evaluation_run|POST|/v2/gen-ai/model_evaluation_runs|?hash:obj>body ?query:obj>query|B
genaiCreateModelRouter|genai_create_model_router|POST|/v2/gen-ai/models/routers|?hash:obj>body ?query:obj>query|B
genaiCreateOauth2DropboxTokens|genai_create_oauth2_dropbox_tokens|POST|/v2/gen-ai/oauth2/dropbox/tokens|?hash:obj>body ?query:obj>query|B
genaiCreateOpenaiApiKey|genai_create_openai_api_key|POST|/v2/gen-ai/openai/keys|?hash:obj>body ?query:obj>query|B
genaiCreateScheduledIndexing|genai_create_scheduled_indexing|POST|/v2/gen-ai/scheduled-indexing|?hash:obj>body ?query:obj>query|B
genaiCreateWorkspace|genai_create_workspace|POST|/v2/gen-ai/workspaces|?hash:obj>body ?query:obj>query|B
genaiDeleteAgent|genai_delete_agent|DELETE|/v2/gen-ai/agents/{uuid}|uuid:ref>p.uuid ?query:obj>query|B
genaiDeleteAgentApiKey|genai_delete_agent_api_key|DELETE|/v2/gen-ai/agents/{agent_uuid}/api_keys/{api_key_uuid}|agentUuid:ref>p.agent_uuid apiKeyUuid:ref>p.api_key_uuid ?query:obj>query|B
genaiDeleteAnthropicApiKey|genai_delete_anthropic_api_key|DELETE|/v2/gen-ai/anthropic/keys/{api_key_uuid}|apiKeyUuid:ref>p.api_key_uuid ?query:obj>query|B
genaiDeleteCustomEvaluationMetric|genai_delete_custom_evaluation_metric|DELETE|/v2/gen-ai/custom_evaluation_metrics/{metric_uuid}|metricUuid:ref>p.metric_uuid ?query:obj>query|B
genaiDeleteCustomModel|genai_delete_custom_model|DELETE|/v2/gen-ai/custom_models/{uuid}|uuid:ref>p.uuid ?query:obj>query|B
genaiDeleteEvaluationDataset|genai_delete_evaluation_dataset|DELETE|/v2/gen-ai/evaluation_datasets/{dataset_uuid}|datasetUuid:ref>p.dataset_uuid ?query:obj>query|B
genaiDeleteKnowledgeBase|genai_delete_knowledge_base|DELETE|/v2/gen-ai/knowledge_bases/{uuid}|uuid:ref>p.uuid ?query:obj>query|B
genaiDeleteKnowledgeBaseDataSource|genai_delete_knowledge_base_data_source|DELETE|/v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources/{data_source_uuid}|knowledgeBaseUuid:ref>p.knowledge_base_uuid dataSourceUuid:ref>p.data_source_uuid ?query:obj>query|B
genaiDeleteModelApiKey|genai_delete_model_api_key|DELETE|/v2/gen-ai/models/api_keys/{api_key_uuid}|apiKeyUuid:ref>p.api_key_uuid ?query:obj>query|B
genaiDeleteModelEvaluationPreset|genai_delete_model_evaluation_preset|DELETE|/v2/gen-ai/model_evaluation_presets/{eval_preset_uuid}|evalPresetUuid:ref>p.eval_preset_uuid ?query:obj>query|B
genaiDeleteModelEvaluationRun|genai_delete_model_evaluation_run|DELETE|/v2/gen-ai/model_evaluation_runs/{eval_run_uuid}|evalRunUuid:ref>p.eval_run_uuid ?query:obj>query|B
genaiDeleteModelRouter|genai_delete_model_router|DELETE|/v2/gen-ai/models/routers/{uuid}|uuid:ref>p.uuid ?query:obj>query|B
genaiDeleteOpenaiApiKey|genai_delete_openai_api_key|DELETE|/v2/gen-ai/openai/keys/{api_key_uuid}|apiKeyUuid:ref>p.api_key_uuid ?query:obj>query|B
genaiDeleteScheduledIndexing|genai_delete_scheduled_indexing|DELETE|/v2/gen-ai/scheduled-indexing/{uuid}|uuid:ref>p.uuid ?query:obj>query|B
genaiDeleteWorkspace|genai_delete_workspace|DELETE|/v2/gen-ai/workspaces/{workspace_uuid}|workspaceUuid:ref>p.workspace_uuid ?query:obj>query|B
genaiDetachAgent|genai_detach_agent|DELETE|/v2/gen-ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}|parentAgentUuid:ref>p.parent_agent_uuid childAgentUuid:ref>p.child_agent_uuid ?query:obj>query|B
genaiDetachAgentFunction|genai_detach_agent_function|DELETE|/v2/gen-ai/agents/{agent_uuid}/functions/{function_uuid}|agentUuid:ref>p.agent_uuid functionUuid:ref>p.function_uuid ?query:obj>query|B
genaiDetachAgentGuardrail|genai_detach_agent_guardrail|DELETE|/v2/gen-ai/agents/{agent_uuid}/guardrails/{guardrail_uuid}|agentUuid:ref>p.agent_uuid guardrailUuid:ref>p.guardrail_uuid ?query:obj>query|B
genaiDetachKnowledgeBase|genai_detach_knowledge_base|DELETE|/v2/gen-ai/agents/{agent_uuid}/knowledge_bases/{knowledge_base_uuid}|agentUuid:ref>p.agent_uuid knowledgeBaseUuid:ref>p.knowledge_base_uuid ?query:obj>query|B
genaiGetAgent|genai_get_agent|GET|/v2/gen-ai/agents/{uuid}|uuid:ref>p.uuid ?query:obj>query|B
genaiGetAgentChildren|genai_get_agent_children|GET|/v2/gen-ai/agents/{uuid}/child_agents|uuid:ref>p.uuid ?query:obj>query|B
genaiGetAgentUsage|genai_get_agent_usage|GET|/v2/gen-ai/agents/{uuid}/usage|uuid:ref>p.uuid ?query:obj>query|B
genaiGetAnthropicApiKey|genai_get_anthropic_api_key|GET|/v2/gen-ai/anthropic/keys/{api_key_uuid}|apiKeyUuid:ref>p.api_key_uuid ?query:obj>query|B
genaiGetCustomModel|genai_get_custom_model|GET|/v2/gen-ai/custom_models/{uuid}|uuid:ref>p.uuid ?query:obj>query|B
genaiGetEvaluationDatasetDownloadUrl|genai_get_evaluation_dataset_download_url|GET|/v2/gen-ai/evaluation_datasets/{dataset_uuid}/download_url|datasetUuid:ref>p.dataset_uuid ?query:obj>query|B
genaiGetEvaluationRun|genai_get_evaluation_run|GET|/v2/gen-ai/evaluation_runs/{evaluation_run_uuid}|evaluationRunUuid:ref>p.evaluation_run_uuid ?query:obj>query|B
genaiGetEvaluationRunPromptResults|genai_get_evaluation_run_prompt_results|GET|/v2/gen-ai/evaluation_runs/{evaluation_run_uuid}/results/{prompt_id}|evaluationRunUuid:ref>p.evaluation_run_uuid promptId:ref>p.prompt_id ?query:obj>query|B
genaiGetEvaluationRunResults|genai_get_evaluation_run_results|GET|/v2/gen-ai/evaluation_runs/{evaluation_run_uuid}/results|evaluationRunUuid:ref>p.evaluation_run_uuid ?query:obj>query|B
genaiGetEvaluationTestCase|genai_get_evaluation_test_case|GET|/v2/gen-ai/evaluation_test_cases/{test_case_uuid}|testCaseUuid:ref>p.test_case_uuid ?query:obj>query|B
genaiGetIndexingJob|genai_get_indexing_job|GET|/v2/gen-ai/indexing_jobs/{uuid}|uuid:ref>p.uuid ?query:obj>query|B
genaiGetIndexingJobDetailsSignedUrl|genai_get_indexing_job_details_signed_url|GET|/v2/gen-ai/indexing_jobs/{indexing_job_uuid}/details_signed_url|indexingJobUuid:ref>p.indexing_job_uuid ?query:obj>query|B
genaiGetKnowledgeBase|genai_get_knowledge_base|GET|/v2/gen-ai/knowledge_bases/{uuid}|uuid:ref>p.uuid ?query:obj>query|B
genaiGetModelCatalogCard|genai_get_model_catalog_card|GET|/v2/gen-ai/models/catalog/{id}|id:ref>p.id ?query:obj>query|B
genaiGetModelEvaluationPreset|genai_get_model_evaluation_preset|GET|/v2/gen-ai/model_evaluation_presets/{eval_preset_uuid}|evalPresetUuid:ref>p.eval_preset_uuid ?query:obj>query|B
genaiGetModelEvaluationRun|genai_get_model_evaluation_run|GET|/v2/gen-ai/model_evaluation_runs/{eval_run_uuid}|evalRunUuid:ref>p.eval_run_uuid ?query:obj>query|B
genaiGetModelEvaluationRunResultsDownloadUrl|genai_get_model_evaluation_run_results_download_url|GET|/v2/gen-ai/model_evaluation_runs/{eval_run_uuid}/results/download_url|evalRunUuid:ref>p.eval_run_uuid ?query:obj>query|B
genaiGetModelRouter|genai_get_model_router|GET|/v2/gen-ai/models/routers/{uuid}|uuid:ref>p.uuid ?query:obj>query|B
genaiGetOauth2Url|genai_get_oauth2_url|GET|/v2/gen-ai/oauth2/url|?query:obj>query|B
genaiGetOpenaiApiKey|genai_get_openai_api_key|GET|/v2/gen-ai/openai/keys/{api_key_uuid}|apiKeyUuid:ref>p.api_key_uuid ?query:obj>query|B
genaiGetScheduledIndexing|genai_get_scheduled_indexing|GET|/v2/gen-ai/scheduled-indexing/knowledge-base/{knowledge_base_uuid}|knowledgeBaseUuid:ref>p.knowledge_base_uuid ?query:obj>query|B
genaiGetWorkspace|genai_get_workspace|GET|/v2/gen-ai/workspaces/{workspace_uuid}|workspaceUuid:ref>p.workspace_uuid ?query:obj>query|B
genaiImportCustomModel|genai_import_custom_model|POST|/v2/gen-ai/custom_models/import|?hash:obj>body ?query:obj>query|B
genaiListAgentApiKeys|genai_list_agent_api_keys|GET|/v2/gen-ai/agents/{agent_uuid}/api_keys|agentUuid:ref>p.agent_uuid ?query:obj>query|L:api_key_infos
genaiListAgentVersions|genai_list_agent_versions|GET|/v2/gen-ai/agents/{uuid}/versions|uuid:ref>p.uuid ?query:obj>query|L:agent_versions
genaiListAgents|genai_list_agents|GET|/v2/gen-ai/agents|?query:obj>query|L:agents
genaiListAgentsByAnthropicKey|genai_list_agents_by_anthropic_key|GET|/v2/gen-ai/anthropic/keys/{uuid}/agents|uuid:ref>p.uuid ?query:obj>query|L:agents
genaiListAgentsByOpenaiKey|genai_list_agents_by_openai_key|GET|/v2/gen-ai/openai/keys/{uuid}/agents|uuid:ref>p.uuid ?query:obj>query|L:agents
genaiListAgentsByWorkspace|genai_list_agents_by_workspace|GET|/v2/gen-ai/workspaces/{workspace_uuid}/agents|workspaceUuid:ref>p.workspace_uuid ?query:obj>query|L:agents
genaiListAnthropicApiKeys|genai_list_anthropic_api_keys|GET|/v2/gen-ai/anthropic/keys|?query:obj>query|L:api_key_infos
genaiListCustomModels|genai_list_custom_models|GET|/v2/gen-ai/custom_models|?query:obj>query|B
genaiListDatacenterRegions|genai_list_datacenter_regions|GET|/v2/gen-ai/regions|?query:obj>query|B
genaiListEvaluationDatasets|genai_list_evaluation_datasets|GET|/v2/gen-ai/evaluation_datasets|?query:obj>query|B
genaiListEvaluationMetrics|genai_list_evaluation_metrics|GET|/v2/gen-ai/evaluation_metrics|?query:obj>query|B
genaiListEvaluationRunsByTestCase|genai_list_evaluation_runs_by_test_case|GET|/v2/gen-ai/evaluation_test_cases/{evaluation_test_case_uuid}/evaluation_runs|evaluationTestCaseUuid:ref>p.evaluation_test_case_uuid ?query:obj>query|B
genaiListEvaluationTestCases|genai_list_evaluation_test_cases|GET|/v2/gen-ai/evaluation_test_cases|?query:obj>query|B
genaiListEvaluationTestCasesByWorkspace|genai_list_evaluation_test_cases_by_workspace|GET|/v2/gen-ai/workspaces/{workspace_uuid}/evaluation_test_cases|workspaceUuid:ref>p.workspace_uuid ?query:obj>query|B
genaiListIndexingJobDataSources|genai_list_indexing_job_data_sources|GET|/v2/gen-ai/indexing_jobs/{indexing_job_uuid}/data_sources|indexingJobUuid:ref>p.indexing_job_uuid ?query:obj>query|B
genaiListIndexingJobs|genai_list_indexing_jobs|GET|/v2/gen-ai/indexing_jobs|?query:obj>query|L:jobs
genaiListIndexingJobsByKnowledgeBase|genai_list_indexing_jobs_by_knowledge_base|GET|/v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/indexing_jobs|knowledgeBaseUuid:ref>p.knowledge_base_uuid ?query:obj>query|L:jobs
genaiListKnowledgeBaseDataSources|genai_list_knowledge_base_data_sources|GET|/v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources|knowledgeBaseUuid:ref>p.knowledge_base_uuid ?query:obj>query|L:knowledge_base_data_sources
genaiListKnowledgeBases|genai_list_knowledge_bases|GET|/v2/gen-ai/knowledge_bases|?query:obj>query|L:knowledge_bases
genaiListModelApiKeys|genai_list_model_api_keys|GET|/v2/gen-ai/models/api_keys|?query:obj>query|L:api_key_infos
genaiListModelCatalog|genai_list_model_catalog|GET|/v2/gen-ai/models/catalog|?query:obj>query|B
genaiListModelEvaluationMetrics|genai_list_model_evaluation_metrics|GET|/v2/gen-ai/model_evaluation_metrics|?query:obj>query|B
genaiListModelEvaluationPresets|genai_list_model_evaluation_presets|GET|/v2/gen-ai/model_evaluation_presets|?query:obj>query|B
genaiListModelEvaluationRuns|genai_list_model_evaluation_runs|GET|/v2/gen-ai/model_evaluation_runs|?query:obj>query|B
genaiListModelRouterPresets|genai_list_model_router_presets|GET|/v2/gen-ai/models/routers/presets|?query:obj>query|L:presets
genaiListModelRouterTaskPresets|genai_list_model_router_task_presets|GET|/v2/gen-ai/models/routers/tasks/presets|?query:obj>query|L:tasks
genaiListModelRouters|genai_list_model_routers|GET|/v2/gen-ai/models/routers|?query:obj>query|L:model_routers
genaiListModels|genai_list_models|GET|/v2/gen-ai/models|?query:obj>query|L:models
genaiListOpenaiApiKeys|genai_list_openai_api_keys|GET|/v2/gen-ai/openai/keys|?query:obj>query|L:api_key_infos
genaiListWorkspaces|genai_list_workspaces|GET|/v2/gen-ai/workspaces|?query:obj>query|B
genaiRegenerateAgentApiKey|genai_regenerate_agent_api_key|PUT|/v2/gen-ai/agents/{agent_uuid}/api_keys/{api_key_uuid}/regenerate|agentUuid:ref>p.agent_uuid apiKeyUuid:ref>p.api_key_uuid ?query:obj>query|B
genaiRegenerateModelApiKey|genai_regenerate_model_api_key|PUT|/v2/gen-ai/models/api_keys/{api_key_uuid}/regenerate|apiKeyUuid:ref>p.api_key_uuid ?query:obj>query|B
genaiRollbackToAgentVersion|genai_rollback_to_agent_version|PUT|/v2/gen-ai/agents/{uuid}/versions|uuid:ref>p.uuid ?hash:obj>body ?query:obj>query|B
genaiRunEvaluationTestCase|genai_run_evaluation_test_case|POST|/v2/gen-ai/evaluation_runs|?hash:obj>body ?query:obj>query|B
genaiUpdateAgent|genai_update_agent|PUT|/v2/gen-ai/agents/{uuid}|uuid:ref>p.uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateAgentApiKey|genai_update_agent_api_key|PUT|/v2/gen-ai/agents/{agent_uuid}/api_keys/{api_key_uuid}|agentUuid:ref>p.agent_uuid apiKeyUuid:ref>p.api_key_uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateAgentDeploymentVisibility|genai_update_agent_deployment_visibility|PUT|/v2/gen-ai/agents/{uuid}/deployment_visibility|uuid:ref>p.uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateAgentFunction|genai_update_agent_function|PUT|/v2/gen-ai/agents/{agent_uuid}/functions/{function_uuid}|agentUuid:ref>p.agent_uuid functionUuid:ref>p.function_uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateAgentsWorkspace|genai_update_agents_workspace|PUT|/v2/gen-ai/workspaces/{workspace_uuid}/agents|workspaceUuid:ref>p.workspace_uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateAnthropicApiKey|genai_update_anthropic_api_key|PUT|/v2/gen-ai/anthropic/keys/{api_key_uuid}|apiKeyUuid:ref>p.api_key_uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateAttachedAgent|genai_update_attached_agent|PUT|/v2/gen-ai/agents/{parent_agent_uuid}/child_agents/{child_agent_uuid}|parentAgentUuid:ref>p.parent_agent_uuid childAgentUuid:ref>p.child_agent_uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateCustomEvaluationMetric|genai_update_custom_evaluation_metric|PUT|/v2/gen-ai/custom_evaluation_metrics/{metric_uuid}|metricUuid:ref>p.metric_uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateCustomModelMetadata|genai_update_custom_model_metadata|PATCH|/v2/gen-ai/custom_models/{uuid}/metadata|uuid:ref>p.uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateEvaluationTestCase|genai_update_evaluation_test_case|PUT|/v2/gen-ai/evaluation_test_cases/{test_case_uuid}|testCaseUuid:ref>p.test_case_uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateKnowledgeBase|genai_update_knowledge_base|PUT|/v2/gen-ai/knowledge_bases/{uuid}|uuid:ref>p.uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateKnowledgeBaseDataSource|genai_update_knowledge_base_data_source|PUT|/v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/data_sources/{data_source_uuid}|knowledgeBaseUuid:ref>p.knowledge_base_uuid dataSourceUuid:ref>p.data_source_uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateModelApiKey|genai_update_model_api_key|PUT|/v2/gen-ai/models/api_keys/{api_key_uuid}|apiKeyUuid:ref>p.api_key_uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateModelEvaluationRun|genai_update_model_evaluation_run|PATCH|/v2/gen-ai/model_evaluation_runs/{eval_run_uuid}|evalRunUuid:ref>p.eval_run_uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateModelRouter|genai_update_model_router|PUT|/v2/gen-ai/models/routers/{uuid}|uuid:ref>p.uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateOpenaiApiKey|genai_update_openai_api_key|PUT|/v2/gen-ai/openai/keys/{api_key_uuid}|apiKeyUuid:ref>p.api_key_uuid ?hash:obj>body ?query:obj>query|B
genaiUpdateWorkspace|genai_update_workspace|PUT|/v2/gen-ai/workspaces/{workspace_uuid}|workspaceUuid:ref>p.workspace_uuid ?hash:obj>body ?query:obj>query|B
imageActionsGet|imageActions_get|GET|/v2/images/{image_id}/actions/{action_id}|imageId:ref>p.image_id actionId:ref>p.action_id ?query:obj>query|B
imagesPostAccountTransferAccept|images_post_account_transfer_accept|POST|/v2/images/{image_id}/account_transfer/accept|imageId:ref>p.image_id hash:obj>body ?query:obj>query|B
imagesPostAccountTransferCancel|images_post_account_transfer_cancel|POST|/v2/images/{image_id}/account_transfer/cancel|imageId:ref>p.image_id hash:obj>body ?query:obj>query|E
imagesPostAccountTransferCreate|images_post_account_transfer_create|POST|/v2/images/{image_id}/account_transfer|imageId:ref>p.image_id hash:obj>body ?query:obj>query|B
imagesPostAccountTransferDecline|images_post_account_transfer_decline|POST|/v2/images/{image_id}/account_transfer/decline|imageId:ref>p.image_id hash:obj>body ?query:obj>query|E
invoicesGetByUUID|invoices_get_byUUID|GET|/v2/customers/my/invoices/{invoice_uuid}|invoiceUuid:ref>p.invoice_uuid ?query:obj>query|L:invoice_items
invoicesGetCsvByUUID|invoices_get_csvByUUID|GET|/v2/customers/my/invoices/{invoice_uuid}/csv|invoiceUuid:ref>p.invoice_uuid ?query:obj>query|B
invoicesGetPdfByUUID|invoices_get_pdfByUUID|GET|/v2/customers/my/invoices/{invoice_uuid}/pdf|invoiceUuid:ref>p.invoice_uuid ?query:obj>query|B
invoicesGetSummaryByUUID|invoices_get_summaryByUUID|GET|/v2/customers/my/invoices/{invoice_uuid}/summary|invoiceUuid:ref>p.invoice_uuid ?query:obj>query|B
invoicesList|invoices_list|GET|/v2/customers/my/invoices|?query:obj>query|B
kubernetesAddNodePool|kubernetes_add_nodePool|POST|/v2/kubernetes/clusters/{cluster_id}/node_pools|clusterId:ref>p.cluster_id hash:obj>body ?query:obj>query|B
kubernetesAddRegistries|kubernetes_add_registries|POST|/v2/kubernetes/registries|?hash:obj>body ?query:obj>query|E
kubernetesAddRegistry|kubernetes_add_registry|POST|/v2/kubernetes/registry|?hash:obj>body ?query:obj>query|E
kubernetesCreateCluster|kubernetes_create_cluster|POST|/v2/kubernetes/clusters|hash:obj>body ?query:obj>query|B
kubernetesDeleteCluster|kubernetes_delete_cluster|DELETE|/v2/kubernetes/clusters/{cluster_id}|clusterId:ref>p.cluster_id ?query:obj>query|E
kubernetesDeleteNode|kubernetes_delete_node|DELETE|/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}/nodes/{node_id}|clusterId:ref>p.cluster_id nodePoolId:ref>p.node_pool_id nodeId:ref>p.node_id ?query:obj>query|B
kubernetesDeleteNodePool|kubernetes_delete_nodePool|DELETE|/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}|clusterId:ref>p.cluster_id nodePoolId:ref>p.node_pool_id ?query:obj>query|E
kubernetesDestroyAssociatedResourcesDangerous|kubernetes_destroy_associatedResourcesDangerous|DELETE|/v2/kubernetes/clusters/{cluster_id}/destroy_with_associated_resources/dangerous|clusterId:ref>p.cluster_id ?query:obj>query|E
kubernetesDestroyAssociatedResourcesSelective|kubernetes_destroy_associatedResourcesSelective|DELETE|/v2/kubernetes/clusters/{cluster_id}/destroy_with_associated_resources/selective|clusterId:ref>p.cluster_id hash:obj>body ?query:obj>query|E
kubernetesGetAvailableUpgrades|kubernetes_get_availableUpgrades|GET|/v2/kubernetes/clusters/{cluster_id}/upgrades|clusterId:ref>p.cluster_id ?query:obj>query|B
kubernetesGetCluster|kubernetes_get_cluster|GET|/v2/kubernetes/clusters/{cluster_id}|clusterId:ref>p.cluster_id ?query:obj>query|B
kubernetesGetClusterLintResults|kubernetes_get_clusterLintResults|GET|/v2/kubernetes/clusters/{cluster_id}/clusterlint|clusterId:ref>p.cluster_id ?query:obj>query|B
kubernetesGetClusterUser|kubernetes_get_clusterUser|GET|/v2/kubernetes/clusters/{cluster_id}/user|clusterId:ref>p.cluster_id ?query:obj>query|B
kubernetesGetCredentials|kubernetes_get_credentials|GET|/v2/kubernetes/clusters/{cluster_id}/credentials|clusterId:ref>p.cluster_id ?query:obj>query|B
kubernetesGetKubeconfig|kubernetes_get_kubeconfig|GET|/v2/kubernetes/clusters/{cluster_id}/kubeconfig|clusterId:ref>p.cluster_id ?query:obj>query|B
kubernetesGetNodePool|kubernetes_get_nodePool|GET|/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}|clusterId:ref>p.cluster_id nodePoolId:ref>p.node_pool_id ?query:obj>query|B
kubernetesGetStatusMessages|kubernetes_get_status_messages|GET|/v2/kubernetes/clusters/{cluster_id}/status_messages|clusterId:ref>p.cluster_id ?query:obj>query|B
kubernetesListAssociatedResources|kubernetes_list_associatedResources|GET|/v2/kubernetes/clusters/{cluster_id}/destroy_with_associated_resources|clusterId:ref>p.cluster_id ?query:obj>query|B
kubernetesListClusters|kubernetes_list_clusters|GET|/v2/kubernetes/clusters|?query:obj>query|L:kubernetes_clusters
kubernetesListNodePools|kubernetes_list_nodePools|GET|/v2/kubernetes/clusters/{cluster_id}/node_pools|clusterId:ref>p.cluster_id ?query:obj>query|B
kubernetesListOptions|kubernetes_list_options|GET|/v2/kubernetes/options|?query:obj>query|B
kubernetesRecycleNodePool|kubernetes_recycle_node_pool|POST|/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}/recycle|clusterId:ref>p.cluster_id nodePoolId:ref>p.node_pool_id hash:obj>body ?query:obj>query|B
kubernetesRemoveRegistries|kubernetes_remove_registries|DELETE|/v2/kubernetes/registries|?hash:obj>body ?query:obj>query|E
kubernetesRemoveRegistry|kubernetes_remove_registry|DELETE|/v2/kubernetes/registry|?hash:obj>body ?query:obj>query|E
kubernetesRunClusterLint|kubernetes_run_clusterLint|POST|/v2/kubernetes/clusters/{cluster_id}/clusterlint|clusterId:ref>p.cluster_id ?hash:obj>body ?query:obj>query|B
kubernetesUpdateCluster|kubernetes_update_cluster|PUT|/v2/kubernetes/clusters/{cluster_id}|clusterId:ref>p.cluster_id hash:obj>body ?query:obj>query|B
kubernetesUpdateNodePool|kubernetes_update_nodePool|PUT|/v2/kubernetes/clusters/{cluster_id}/node_pools/{node_pool_id}|clusterId:ref>p.cluster_id nodePoolId:ref>p.node_pool_id hash:obj>body ?query:obj>query|B
kubernetesUpgradeCluster|kubernetes_upgrade_cluster|POST|/v2/kubernetes/clusters/{cluster_id}/upgrade|clusterId:ref>p.cluster_id hash:obj>body ?query:obj>query|B
loadBalancersAddDroplets|loadBalancers_add_droplets|POST|/v2/load_balancers/{lb_id}/droplets|lbId:ref>p.lb_id hash:obj>body ?query:obj>query|E
loadBalancersAddForwardingRules|loadBalancers_add_forwardingRules|POST|/v2/load_balancers/{lb_id}/forwarding_rules|lbId:ref>p.lb_id hash:obj>body ?query:obj>query|E
loadBalancersCreate|loadBalancers_create|POST|/v2/load_balancers|hash:obj>body ?query:obj>query|B
loadBalancersDelete|loadBalancers_delete|DELETE|/v2/load_balancers/{lb_id}|lbId:ref>p.lb_id ?query:obj>query|E
loadBalancersDeleteCache|loadBalancers_delete_cache|DELETE|/v2/load_balancers/{lb_id}/cache|lbId:ref>p.lb_id ?query:obj>query|E
loadBalancersGet|loadBalancers_get|GET|/v2/load_balancers/{lb_id}|lbId:ref>p.lb_id ?query:obj>query|B
loadBalancersList|loadBalancers_list|GET|/v2/load_balancers|?query:obj>query|L:load_balancers
loadBalancersRemoveDroplets|loadBalancers_remove_droplets|DELETE|/v2/load_balancers/{lb_id}/droplets|lbId:ref>p.lb_id hash:obj>body ?query:obj>query|E
loadBalancersRemoveForwardingRules|loadBalancers_remove_forwardingRules|DELETE|/v2/load_balancers/{lb_id}/forwarding_rules|lbId:ref>p.lb_id hash:obj>body ?query:obj>query|E
loadBalancersUpdate|loadBalancers_update|PUT|/v2/load_balancers/{lb_id}|lbId:ref>p.lb_id hash:obj>body ?query:obj>query|B
monitoringCreateAlertPolicy|monitoring_create_alertPolicy|POST|/v2/monitoring/alerts|hash:obj>body ?query:obj>query|B
monitoringCreateDestination|monitoring_create_destination|POST|/v2/monitoring/sinks/destinations|hash:obj>body ?query:obj>query|B
monitoringCreateSink|monitoring_create_sink|POST|/v2/monitoring/sinks|hash:obj>body ?query:obj>query|B
monitoringDeleteAlertPolicy|monitoring_delete_alertPolicy|DELETE|/v2/monitoring/alerts/{alert_uuid}|alertUuid:ref>p.alert_uuid ?query:obj>query|E
monitoringDeleteDestination|monitoring_delete_destination|DELETE|/v2/monitoring/sinks/destinations/{destination_uuid}|destinationUuid:ref>p.destination_uuid ?query:obj>query|E
monitoringDeleteSink|monitoring_delete_sink|DELETE|/v2/monitoring/sinks/{sink_uuid}|sinkUuid:ref>p.sink_uuid ?query:obj>query|E
monitoringGetDropletCpuMetrics|monitoring_get_DropletCpuMetrics|GET|/v2/monitoring/metrics/droplet/cpu|?query:obj>query|B
monitoringGetAlertPolicy|monitoring_get_alertPolicy|GET|/v2/monitoring/alerts/{alert_uuid}|alertUuid:ref>p.alert_uuid ?query:obj>query|B
monitoringGetAppCPUPercentageMetrics|monitoring_get_appCPUPercentageMetrics|GET|/v2/monitoring/metrics/apps/cpu_percentage|?query:obj>query|B
monitoringGetAppMemoryPercentageMetrics|monitoring_get_appMemoryPercentageMetrics|GET|/v2/monitoring/metrics/apps/memory_percentage|?query:obj>query|B
monitoringGetAppRestartCountMetricsYml|monitoring_get_appRestartCountMetrics.yml|GET|/v2/monitoring/metrics/apps/restart_count|?query:obj>query|B
monitoringGetDatabaseMysqlCpuUsage|monitoring_get_database_mysql_cpu_usage|GET|/v2/monitoring/metrics/database/mysql/cpu_usage|?query:obj>query|B
monitoringGetDatabaseMysqlDiskUsage|monitoring_get_database_mysql_disk_usage|GET|/v2/monitoring/metrics/database/mysql/disk_usage|?query:obj>query|B
monitoringGetDatabaseMysqlIndexVsSequentialReads|monitoring_get_database_mysql_index_vs_sequential_reads|GET|/v2/monitoring/metrics/database/mysql/index_vs_sequential_reads|?query:obj>query|B
monitoringGetDatabaseMysqlLoad|monitoring_get_database_mysql_load|GET|/v2/monitoring/metrics/database/mysql/load|?query:obj>query|B
monitoringGetDatabaseMysqlMemoryUsage|monitoring_get_database_mysql_memory_usage|GET|/v2/monitoring/metrics/database/mysql/memory_usage|?query:obj>query|B
monitoringGetDatabaseMysqlOpRates|monitoring_get_database_mysql_op_rates|GET|/v2/monitoring/metrics/database/mysql/op_rates|?query:obj>query|B
monitoringGetDatabaseMysqlSchemaLatency|monitoring_get_database_mysql_schema_latency|GET|/v2/monitoring/metrics/database/mysql/schema_latency|?query:obj>query|B
monitoringGetDatabaseMysqlSchemaThroughput|monitoring_get_database_mysql_schema_throughput|GET|/v2/monitoring/metrics/database/mysql/schema_throughput|?query:obj>query|B
monitoringGetDatabaseMysqlThreadsActive|monitoring_get_database_mysql_threads_active|GET|/v2/monitoring/metrics/database/mysql/threads_active|?query:obj>query|B
monitoringGetDatabaseMysqlThreadsConnected|monitoring_get_database_mysql_threads_connected|GET|/v2/monitoring/metrics/database/mysql/threads_connected|?query:obj>query|B
monitoringGetDatabaseMysqlThreadsCreatedRate|monitoring_get_database_mysql_threads_created_rate|GET|/v2/monitoring/metrics/database/mysql/threads_created_rate|?query:obj>query|B
monitoringGetDestination|monitoring_get_destination|GET|/v2/monitoring/sinks/destinations/{destination_uuid}|destinationUuid:ref>p.destination_uuid ?query:obj>query|B
monitoringGetDropletBandwidthMetrics|monitoring_get_dropletBandwidthMetrics|GET|/v2/monitoring/metrics/droplet/bandwidth|?query:obj>query|B
monitoringGetDropletFilesystemFreeMetrics|monitoring_get_dropletFilesystemFreeMetrics|GET|/v2/monitoring/metrics/droplet/filesystem_free|?query:obj>query|B
monitoringGetDropletFilesystemSizeMetrics|monitoring_get_dropletFilesystemSizeMetrics|GET|/v2/monitoring/metrics/droplet/filesystem_size|?query:obj>query|B
monitoringGetDropletLoad15Metrics|monitoring_get_dropletLoad15Metrics|GET|/v2/monitoring/metrics/droplet/load_15|?query:obj>query|B
monitoringGetDropletLoad1Metrics|monitoring_get_dropletLoad1Metrics|GET|/v2/monitoring/metrics/droplet/load_1|?query:obj>query|B
monitoringGetDropletLoad5Metrics|monitoring_get_dropletLoad5Metrics|GET|/v2/monitoring/metrics/droplet/load_5|?query:obj>query|B
monitoringGetDropletMemoryAvailableMetrics|monitoring_get_dropletMemoryAvailableMetrics|GET|/v2/monitoring/metrics/droplet/memory_available|?query:obj>query|B
monitoringGetDropletMemoryCachedMetrics|monitoring_get_dropletMemoryCachedMetrics|GET|/v2/monitoring/metrics/droplet/memory_cached|?query:obj>query|B
monitoringGetDropletMemoryFreeMetrics|monitoring_get_dropletMemoryFreeMetrics|GET|/v2/monitoring/metrics/droplet/memory_free|?query:obj>query|B
monitoringGetDropletMemoryTotalMetrics|monitoring_get_dropletMemoryTotalMetrics|GET|/v2/monitoring/metrics/droplet/memory_total|?query:obj>query|B
monitoringGetDropletAutoscaleCurrentCpuUtilizationYml|monitoring_get_droplet_autoscale_current_cpu_utilization.yml|GET|/v2/monitoring/metrics/droplet_autoscale/current_cpu_utilization|?query:obj>query|B
monitoringGetDropletAutoscaleCurrentInstances|monitoring_get_droplet_autoscale_current_instances|GET|/v2/monitoring/metrics/droplet_autoscale/current_instances|?query:obj>query|B
monitoringGetDropletAutoscaleCurrentMemoryUtilization|monitoring_get_droplet_autoscale_current_memory_utilization|GET|/v2/monitoring/metrics/droplet_autoscale/current_memory_utilization|?query:obj>query|B
monitoringGetDropletAutoscaleTargetCpuUtilization|monitoring_get_droplet_autoscale_target_cpu_utilization|GET|/v2/monitoring/metrics/droplet_autoscale/target_cpu_utilization|?query:obj>query|B
monitoringGetDropletAutoscaleTargetInstances|monitoring_get_droplet_autoscale_target_instances|GET|/v2/monitoring/metrics/droplet_autoscale/target_instances|?query:obj>query|B
monitoringGetDropletAutoscaleTargetMemoryUtilization|monitoring_get_droplet_autoscale_target_memory_utilization|GET|/v2/monitoring/metrics/droplet_autoscale/target_memory_utilization|?query:obj>query|B
monitoringGetLbDropletsConnections|monitoring_get_lb_droplets_connections|GET|/v2/monitoring/metrics/load_balancer/droplets_connections|?query:obj>query|B
monitoringGetLbDropletsDowntime|monitoring_get_lb_droplets_downtime|GET|/v2/monitoring/metrics/load_balancer/droplets_downtime|?query:obj>query|B
monitoringGetLbDropletsHealthChecks|monitoring_get_lb_droplets_health_checks|GET|/v2/monitoring/metrics/load_balancer/droplets_health_checks|?query:obj>query|B
monitoringGetLbDropletsHttpResponseTime50p|monitoring_get_lb_droplets_http_response_time_50p|GET|/v2/monitoring/metrics/load_balancer/droplets_http_response_time_50p|?query:obj>query|B
monitoringGetLbDropletsHttpResponseTime95p|monitoring_get_lb_droplets_http_response_time_95p|GET|/v2/monitoring/metrics/load_balancer/droplets_http_response_time_95p|?query:obj>query|B
monitoringGetLbDropletsHttpResponseTime99p|monitoring_get_lb_droplets_http_response_time_99p|GET|/v2/monitoring/metrics/load_balancer/droplets_http_response_time_99p|?query:obj>query|B
monitoringGetLbDropletsHttpResponseTimeAvg|monitoring_get_lb_droplets_http_response_time_avg|GET|/v2/monitoring/metrics/load_balancer/droplets_http_response_time_avg|?query:obj>query|B
monitoringGetLbDropletsHttpResponses|monitoring_get_lb_droplets_http_responses|GET|/v2/monitoring/metrics/load_balancer/droplets_http_responses|?query:obj>query|B
monitoringGetLbDropletsHttpSessionDuration50p|monitoring_get_lb_droplets_http_session_duration_50p|GET|/v2/monitoring/metrics/load_balancer/droplets_http_session_duration_50p|?query:obj>query|B
monitoringGetLbDropletsHttpSessionDuration95p|monitoring_get_lb_droplets_http_session_duration_95p|GET|/v2/monitoring/metrics/load_balancer/droplets_http_session_duration_95p|?query:obj>query|B
monitoringGetLbDropletsHttpSessionDurationAvg|monitoring_get_lb_droplets_http_session_duration_avg|GET|/v2/monitoring/metrics/load_balancer/droplets_http_session_duration_avg|?query:obj>query|B
monitoringGetLbDropletsQueueSize|monitoring_get_lb_droplets_queue_size|GET|/v2/monitoring/metrics/load_balancer/droplets_queue_size|?query:obj>query|B
monitoringGetLbFrontendConnectionsCurrent|monitoring_get_lb_frontend_connections_current|GET|/v2/monitoring/metrics/load_balancer/frontend_connections_current|?query:obj>query|B
monitoringGetLbFrontendConnectionsLimit|monitoring_get_lb_frontend_connections_limit|GET|/v2/monitoring/metrics/load_balancer/frontend_connections_limit|?query:obj>query|B
monitoringGetLbFrontendCpuUtilization|monitoring_get_lb_frontend_cpu_utilization|GET|/v2/monitoring/metrics/load_balancer/frontend_cpu_utilization|?query:obj>query|B
monitoringGetLbFrontendFirewallDroppedBytes|monitoring_get_lb_frontend_firewall_dropped_bytes|GET|/v2/monitoring/metrics/load_balancer/frontend_firewall_dropped_bytes|?query:obj>query|B
monitoringGetLbFrontendFirewallDroppedPackets|monitoring_get_lb_frontend_firewall_dropped_packets|GET|/v2/monitoring/metrics/load_balancer/frontend_firewall_dropped_packets|?query:obj>query|B
monitoringGetLbFrontendHttpRequestsPerSecond|monitoring_get_lb_frontend_http_requests_per_second|GET|/v2/monitoring/metrics/load_balancer/frontend_http_requests_per_second|?query:obj>query|B
monitoringGetLbFrontendHttpResponses|monitoring_get_lb_frontend_http_responses|GET|/v2/monitoring/metrics/load_balancer/frontend_http_responses|?query:obj>query|B
monitoringGetLbFrontendNetworkThroughputHttp|monitoring_get_lb_frontend_network_throughput_http|GET|/v2/monitoring/metrics/load_balancer/frontend_network_throughput_http|?query:obj>query|B
monitoringGetLbFrontendNetworkThroughputTcp|monitoring_get_lb_frontend_network_throughput_tcp|GET|/v2/monitoring/metrics/load_balancer/frontend_network_throughput_tcp|?query:obj>query|B
monitoringGetLbFrontendNetworkThroughputUdp|monitoring_get_lb_frontend_network_throughput_udp|GET|/v2/monitoring/metrics/load_balancer/frontend_network_throughput_udp|?query:obj>query|B
monitoringGetLbFrontendNlbTcpNetworkThroughput|monitoring_get_lb_frontend_nlb_tcp_network_throughput|GET|/v2/monitoring/metrics/load_balancer/frontend_nlb_tcp_network_throughput|?query:obj>query|B
monitoringGetLbFrontendNlbUdpNetworkThroughput|monitoring_get_lb_frontend_nlb_udp_network_throughput|GET|/v2/monitoring/metrics/load_balancer/frontend_nlb_udp_network_throughput|?query:obj>query|B
monitoringGetLbFrontendTlsConnectionsCurrent|monitoring_get_lb_frontend_tls_connections_current|GET|/v2/monitoring/metrics/load_balancer/frontend_tls_connections_current|?query:obj>query|B
monitoringGetLbFrontendTlsConnectionsExceedingRateLimit|monitoring_get_lb_frontend_tls_connections_exceeding_rate_limit|GET|/v2/monitoring/metrics/load_balancer/frontend_tls_connections_exceeding_rate_limit|?query:obj>query|B
monitoringGetLbFrontendTlsConnectionsLimit|monitoring_get_lb_frontend_tls_connections_limit|GET|/v2/monitoring/metrics/load_balancer/frontend_tls_connections_limit|?query:obj>query|B
monitoringGetSink|monitoring_get_sink|GET|/v2/monitoring/sinks/{sink_uuid}|sinkUuid:ref>p.sink_uuid ?query:obj>query|B
monitoringListAlertPolicy|monitoring_list_alertPolicy|GET|/v2/monitoring/alerts|?query:obj>query|L:policies
monitoringListDestinations|monitoring_list_destinations|GET|/v2/monitoring/sinks/destinations|?query:obj>query|B
monitoringListSinks|monitoring_list_sinks|GET|/v2/monitoring/sinks|?query:obj>query|B
monitoringUpdateAlertPolicy|monitoring_update_alertPolicy|PUT|/v2/monitoring/alerts/{alert_uuid}|alertUuid:ref>p.alert_uuid hash:obj>body ?query:obj>query|B
monitoringUpdateDestination|monitoring_update_destination|POST|/v2/monitoring/sinks/destinations/{destination_uuid}|destinationUuid:ref>p.destination_uuid hash:obj>body ?query:obj>query|E
nfsCreate|nfs_create|POST|/v2/nfs|hash:obj>body ?query:obj>query|B
nfsCreateAccessPoint|nfs_create_access_point|POST|/v2/nfs/shares/{share_id}/access_points|shareId:ref>p.share_id hash:obj>body ?query:obj>query|A
nfsCreateAction|nfs_create_action|POST|/v2/nfs/{nfs_id}/actions|nfsId:ref>p.nfs_id hash:obj>body ?query:obj>query|A
nfsDelete|nfs_delete|DELETE|/v2/nfs/{nfs_id}|nfsId:ref>p.nfs_id ?query:obj>query|E
nfsDeleteAccessPoint|nfs_delete_access_point|DELETE|/v2/nfs/access_points/{access_point_id}|accessPointId:ref>p.access_point_id ?query:obj>query|A
nfsDeleteSnapshot|nfs_delete_snapshot|DELETE|/v2/nfs/snapshots/{nfs_snapshot_id}|nfsSnapshotId:ref>p.nfs_snapshot_id ?query:obj>query|E
nfsGet|nfs_get|GET|/v2/nfs/{nfs_id}|nfsId:ref>p.nfs_id ?query:obj>query|B
nfsGetAccessPoint|nfs_get_access_point|GET|/v2/nfs/access_points/{access_point_id}|accessPointId:ref>p.access_point_id ?query:obj>query|B
nfsGetSnapshot|nfs_get_snapshot|GET|/v2/nfs/snapshots/{nfs_snapshot_id}|nfsSnapshotId:ref>p.nfs_snapshot_id ?query:obj>query|B
nfsList|nfs_list|GET|/v2/nfs|?query:obj>query|B
nfsListAccessPoints|nfs_list_access_points|GET|/v2/nfs/shares/{share_id}/access_points|shareId:ref>p.share_id ?query:obj>query|B
nfsListSnapshot|nfs_list_snapshot|GET|/v2/nfs/snapshots|?query:obj>query|B
oneClicksInstallKubernetes|oneClicks_install_kubernetes|POST|/v2/1-clicks/kubernetes|hash:obj>body ?query:obj>query|B
oneClicksList|oneClicks_list|GET|/v2/1-clicks|?query:obj>query|B
organizationsCreateTeam|organizations_create_team|POST|/v2/organizations/team|hash:obj>body ?query:obj>query|B
organizationsListTeams|organizations_list_teams|GET|/v2/organizations/teams|?query:obj>query|B
partnerAttachmentsCreate|partnerAttachments_create|POST|/v2/partner_network_connect/attachments|?hash:obj>body ?query:obj>query|B
partnerAttachmentsCreateServiceKey|partnerAttachments_create_service_key|POST|/v2/partner_network_connect/attachments/{pa_id}/service_key|paId:ref>p.pa_id ?query:obj>query|B
partnerAttachmentsDelete|partnerAttachments_delete|DELETE|/v2/partner_network_connect/attachments/{pa_id}|paId:ref>p.pa_id ?query:obj>query|B
partnerAttachmentsGet|partnerAttachments_get|GET|/v2/partner_network_connect/attachments/{pa_id}|paId:ref>p.pa_id ?query:obj>query|B
partnerAttachmentsGetBgpAuthKey|partnerAttachments_get_bgp_auth_key|GET|/v2/partner_network_connect/attachments/{pa_id}/bgp_auth_key|paId:ref>p.pa_id ?query:obj>query|B
partnerAttachmentsGetServiceKey|partnerAttachments_get_service_key|GET|/v2/partner_network_connect/attachments/{pa_id}/service_key|paId:ref>p.pa_id ?query:obj>query|B
partnerAttachmentsList|partnerAttachments_list|GET|/v2/partner_network_connect/attachments|?query:obj>query|L:partner_attachments
partnerAttachmentsListRemoteRoutes|partnerAttachments_list_remote_routes|GET|/v2/partner_network_connect/attachments/{pa_id}/remote_routes|paId:ref>p.pa_id ?query:obj>query|L:remote_routes
partnerAttachmentsPatch|partnerAttachments_patch|PATCH|/v2/partner_network_connect/attachments/{pa_id}|paId:ref>p.pa_id ?hash:obj>body ?query:obj>query|B
projectsAssignResources|projects_assign_resources|POST|/v2/projects/{project_id}/resources|projectId:ref>p.project_id hash:obj>body ?query:obj>query|B
projectsAssignResourcesDefault|projects_assign_resources_default|POST|/v2/projects/default/resources|hash:obj>body ?query:obj>query|B
projectsCreate|projects_create|POST|/v2/projects|hash:obj>body ?query:obj>query|B
projectsDelete|projects_delete|DELETE|/v2/projects/{project_id}|projectId:ref>p.project_id ?query:obj>query|E
projectsGet|projects_get|GET|/v2/projects/{project_id}|projectId:ref>p.project_id ?query:obj>query|B
projectsGetDefault|projects_get_default|GET|/v2/projects/default|?query:obj>query|B
projectsList|projects_list|GET|/v2/projects|?query:obj>query|L:projects
projectsListResources|projects_list_resources|GET|/v2/projects/{project_id}/resources|projectId:ref>p.project_id ?query:obj>query|L:resources
projectsListResourcesDefault|projects_list_resources_default|GET|/v2/projects/default/resources|?query:obj>query|L:resources
projectsPatch|projects_patch|PATCH|/v2/projects/{project_id}|projectId:ref>p.project_id hash:obj>body ?query:obj>query|B
projectsPatchDefault|projects_patch_default|PATCH|/v2/projects/default|hash:obj>body ?query:obj>query|B
projectsUpdate|projects_update|PUT|/v2/projects/{project_id}|projectId:ref>p.project_id hash:obj>body ?query:obj>query|B
projectsUpdateDefault|projects_update_default|PUT|/v2/projects/default|hash:obj>body ?query:obj>query|B
registriesCreate|registries_create|POST|/v2/registries|hash:obj>body ?query:obj>query|B
registriesDelete|registries_delete|DELETE|/v2/registries/{registry_name}|registryName:ref>p.registry_name ?query:obj>query|E
registriesDeleteRepository|registries_delete_repository|DELETE|/v2/registries/{registry_name}/repositories/{repository_name}|registryName:ref>p.registry_name repositoryName:ref>p.repository_name ?query:obj>query|E
registriesDeleteRepositoryManifest|registries_delete_repositoryManifest|DELETE|/v2/registries/{registry_name}/repositories/{repository_name}/digests/{manifest_digest}|registryName:ref>p.registry_name repositoryName:ref>p.repository_name manifestDigest:ref>p.manifest_digest ?query:obj>query|E
registriesDeleteRepositoryTag|registries_delete_repositoryTag|DELETE|/v2/registries/{registry_name}/repositories/{repository_name}/tags/{repository_tag}|registryName:ref>p.registry_name repositoryName:ref>p.repository_name repositoryTag:ref>p.repository_tag ?query:obj>query|E
registriesGet|registries_get|GET|/v2/registries/{registry_name}|registryName:ref>p.registry_name ?query:obj>query|B
registriesGetDockerCredentials|registries_get_dockerCredentials|GET|/v2/registries/{registry_name}/docker-credentials|registryName:ref>p.registry_name ?query:obj>query|B
registriesGetGarbageCollection|registries_get_garbageCollection|GET|/v2/registries/{registry_name}/garbage-collection|registryName:ref>p.registry_name ?query:obj>query|B
registriesGetOptions|registries_get_options|GET|/v2/registries/options|?query:obj>query|B
registriesGetSubscription|registries_get_subscription|GET|/v2/registries/subscription|?query:obj>query|B
registriesList|registries_list|GET|/v2/registries|?query:obj>query|B
registriesListGarbageCollections|registries_list_garbageCollections|GET|/v2/registries/{registry_name}/garbage-collections|registryName:ref>p.registry_name ?query:obj>query|B
registriesListRepositoriesV2|registries_list_repositoriesV2|GET|/v2/registries/{registry_name}/repositoriesV2|registryName:ref>p.registry_name ?query:obj>query|L:repositories
registriesListRepositoryManifests|registries_list_repositoryManifests|GET|/v2/registries/{registry_name}/repositories/{repository_name}/digests|registryName:ref>p.registry_name repositoryName:ref>p.repository_name ?query:obj>query|L:manifests
registriesListRepositoryTags|registries_list_repositoryTags|GET|/v2/registries/{registry_name}/repositories/{repository_name}/tags|registryName:ref>p.registry_name repositoryName:ref>p.repository_name ?query:obj>query|L:tags
registriesRunGarbageCollection|registries_run_garbageCollection|POST|/v2/registries/{registry_name}/garbage-collection|registryName:ref>p.registry_name ?query:obj>query|B
registriesUpdateGarbageCollection|registries_update_garbageCollection|PUT|/v2/registries/{registry_name}/garbage-collection/{garbage_collection_uuid}|registryName:ref>p.registry_name garbageCollectionUuid:ref>p.garbage_collection_uuid hash:obj>body ?query:obj>query|B
registriesUpdateSubscription|registries_update_subscription|POST|/v2/registries/subscription|?hash:obj>body ?query:obj>query|B
registriesValidateName|registries_validate_name|POST|/v2/registries/validate-name|hash:obj>body ?query:obj>query|E
registryCreate|registry_create|POST|/v2/registry|hash:obj>body ?query:obj>query|B
registryDelete|registry_delete|DELETE|/v2/registry|?query:obj>query|E
registryDeleteRepositoryManifest|registry_delete_repositoryManifest|DELETE|/v2/registry/{registry_name}/repositories/{repository_name}/digests/{manifest_digest}|registryName:ref>p.registry_name repositoryName:ref>p.repository_name manifestDigest:ref>p.manifest_digest ?query:obj>query|E
registryDeleteRepositoryTag|registry_delete_repositoryTag|DELETE|/v2/registry/{registry_name}/repositories/{repository_name}/tags/{repository_tag}|registryName:ref>p.registry_name repositoryName:ref>p.repository_name repositoryTag:ref>p.repository_tag ?query:obj>query|E
registryGet|registry_get|GET|/v2/registry|?query:obj>query|B
registryGetDockerCredentials|registry_get_dockerCredentials|GET|/v2/registry/docker-credentials|?query:obj>query|B
registryGetGarbageCollection|registry_get_garbageCollection|GET|/v2/registry/{registry_name}/garbage-collection|registryName:ref>p.registry_name ?query:obj>query|B
registryGetOptions|registry_get_options|GET|/v2/registry/options|?query:obj>query|B
registryGetSubscription|registry_get_subscription|GET|/v2/registry/subscription|?query:obj>query|B
registryListGarbageCollections|registry_list_garbageCollections|GET|/v2/registry/{registry_name}/garbage-collections|registryName:ref>p.registry_name ?query:obj>query|B
registryListRepositories|registry_list_repositories|GET|/v2/registry/{registry_name}/repositories|registryName:ref>p.registry_name ?query:obj>query|L:repositories
registryListRepositoriesV2|registry_list_repositoriesV2|GET|/v2/registry/{registry_name}/repositoriesV2|registryName:ref>p.registry_name ?query:obj>query|L:repositories
registryListRepositoryManifests|registry_list_repositoryManifests|GET|/v2/registry/{registry_name}/repositories/{repository_name}/digests|registryName:ref>p.registry_name repositoryName:ref>p.repository_name ?query:obj>query|L:manifests
registryListRepositoryTags|registry_list_repositoryTags|GET|/v2/registry/{registry_name}/repositories/{repository_name}/tags|registryName:ref>p.registry_name repositoryName:ref>p.repository_name ?query:obj>query|L:tags
registryRunGarbageCollection|registry_run_garbageCollection|POST|/v2/registry/{registry_name}/garbage-collection|registryName:ref>p.registry_name ?hash:obj>body ?query:obj>query|B
registryUpdateGarbageCollection|registry_update_garbageCollection|PUT|/v2/registry/{registry_name}/garbage-collection/{garbage_collection_uuid}|registryName:ref>p.registry_name garbageCollectionUuid:ref>p.garbage_collection_uuid hash:obj>body ?query:obj>query|B
registryUpdateSubscription|registry_update_subscription|POST|/v2/registry/subscription|?hash:obj>body ?query:obj>query|B
registryValidateName|registry_validate_name|POST|/v2/registry/validate-name|hash:obj>body ?query:obj>query|E
reservedIPsActionsGet|reservedIPsActions_get|GET|/v2/reserved_ips/{reserved_ip}/actions/{action_id}|reservedIp:ref>p.reserved_ip actionId:ref>p.action_id ?query:obj>query|B
reservedIPsActionsList|reservedIPsActions_list|GET|/v2/reserved_ips/{reserved_ip}/actions|reservedIp:ref>p.reserved_ip ?query:obj>query|L:actions
reservedIPsActionsPost|reservedIPsActions_post|POST|/v2/reserved_ips/{reserved_ip}/actions|reservedIp:ref>p.reserved_ip ?hash:obj>body ?query:obj>query|A
reservedIPsCreate|reservedIPs_create|POST|/v2/reserved_ips|hash:obj>body ?query:obj>query|LA
reservedIPsDelete|reservedIPs_delete|DELETE|/v2/reserved_ips/{reserved_ip}|reservedIp:ref>p.reserved_ip ?query:obj>query|E
reservedIPsGet|reservedIPs_get|GET|/v2/reserved_ips/{reserved_ip}|reservedIp:ref>p.reserved_ip ?query:obj>query|B
reservedIPsList|reservedIPs_list|GET|/v2/reserved_ips|?query:obj>query|L:reserved_ips
reservedIPv6ActionsPost|reservedIPv6Actions_post|POST|/v2/reserved_ipv6/{reserved_ipv6}/actions|reservedIpv6:ref>p.reserved_ipv6 ?hash:obj>body ?query:obj>query|A
reservedIPv6Create|reservedIPv6_create|POST|/v2/reserved_ipv6|hash:obj>body ?query:obj>query|B
reservedIPv6Delete|reservedIPv6_delete|DELETE|/v2/reserved_ipv6/{reserved_ipv6}|reservedIpv6:ref>p.reserved_ipv6 ?query:obj>query|E
reservedIPv6Get|reservedIPv6_get|GET|/v2/reserved_ipv6/{reserved_ipv6}|reservedIpv6:ref>p.reserved_ipv6 ?query:obj>query|B
reservedIPv6List|reservedIPv6_list|GET|/v2/reserved_ipv6|?query:obj>query|L:reserved_ipv6s
securityCreateScan|security_create_scan|POST|/v2/security/scans|?query:obj>query|B
securityCreateScanRule|security_create_scan_rule|POST|/v2/security/scans/rules|hash:obj>body ?query:obj>query|B
securityCreateSuppression|security_create_suppression|POST|/v2/security/settings/suppressions|hash:obj>body ?query:obj>query|B
securityDeleteSuppression|security_delete_suppression|DELETE|/v2/security/settings/suppressions/{suppression_uuid}|suppressionUuid:ref>p.suppression_uuid ?query:obj>query|E
securityGetLatestScan|security_get_latest_scan|GET|/v2/security/scans/latest|?query:obj>query|B
securityGetScan|security_get_scan|GET|/v2/security/scans/{scan_id}|scanId:ref>p.scan_id ?query:obj>query|B
securityListScanFindingAffectedResources|security_list_scan_finding_affected_resources|GET|/v2/security/scans/{scan_id}/findings/{finding_uuid}/affected_resources|scanId:ref>p.scan_id findingUuid:ref>p.finding_uuid ?query:obj>query|B
securityListScans|security_list_scans|GET|/v2/security/scans|?query:obj>query|L:scans
securityListSettings|security_list_settings|GET|/v2/security/settings|?query:obj>query|B
securityUpdateSettingsPlan|security_update_settings_plan|PUT|/v2/security/settings/plan|hash:obj>body ?query:obj>query|B
spacesKeyCreate|spacesKey_create|POST|/v2/spaces/keys|hash:obj>body ?query:obj>query|B
spacesKeyDelete|spacesKey_delete|DELETE|/v2/spaces/keys/{access_key}|accessKey:ref>p.access_key ?query:obj>query|E
spacesKeyGet|spacesKey_get|GET|/v2/spaces/keys/{access_key}|accessKey:ref>p.access_key ?query:obj>query|B
spacesKeyList|spacesKey_list|GET|/v2/spaces/keys|?query:obj>query|L:keys
spacesKeyPatch|spacesKey_patch|PATCH|/v2/spaces/keys/{access_key}|accessKey:ref>p.access_key hash:obj>body ?query:obj>query|B
spacesKeyUpdate|spacesKey_update|PUT|/v2/spaces/keys/{access_key}|accessKey:ref>p.access_key hash:obj>body ?query:obj>query|B
uptimeCreateAlert|uptime_create_alert|POST|/v2/uptime/checks/{check_id}/alerts|checkId:ref>p.check_id hash:obj>body ?query:obj>query|B
uptimeCreateCheck|uptime_create_check|POST|/v2/uptime/checks|hash:obj>body ?query:obj>query|B
uptimeDeleteAlert|uptime_delete_alert|DELETE|/v2/uptime/checks/{check_id}/alerts/{alert_id}|checkId:ref>p.check_id alertId:ref>p.alert_id ?query:obj>query|E
uptimeDeleteCheck|uptime_delete_check|DELETE|/v2/uptime/checks/{check_id}|checkId:ref>p.check_id ?query:obj>query|E
uptimeGetAlert|uptime_get_alert|GET|/v2/uptime/checks/{check_id}/alerts/{alert_id}|checkId:ref>p.check_id alertId:ref>p.alert_id ?query:obj>query|B
uptimeGetCheck|uptime_get_check|GET|/v2/uptime/checks/{check_id}|checkId:ref>p.check_id ?query:obj>query|B
uptimeGetCheckState|uptime_get_checkState|GET|/v2/uptime/checks/{check_id}/state|checkId:ref>p.check_id ?query:obj>query|B
uptimeListAlerts|uptime_list_alerts|GET|/v2/uptime/checks/{check_id}/alerts|checkId:ref>p.check_id ?query:obj>query|L:alerts
uptimeListChecks|uptime_list_checks|GET|/v2/uptime/checks|?query:obj>query|L:checks
uptimeUpdateAlert|uptime_update_alert|PUT|/v2/uptime/checks/{check_id}/alerts/{alert_id}|checkId:ref>p.check_id alertId:ref>p.alert_id hash:obj>body ?query:obj>query|B
uptimeUpdateCheck|uptime_update_check|PUT|/v2/uptime/checks/{check_id}|checkId:ref>p.check_id hash:obj>body ?query:obj>query|B
vectorDatabasesCreate|vectorDatabases_create|POST|/v2/vector-databases|?hash:obj>body ?query:obj>query|B
vectorDatabasesDelete|vectorDatabases_delete|DELETE|/v2/vector-databases/{id}|id:ref>p.id ?query:obj>query|E
vectorDatabasesGet|vectorDatabases_get|GET|/v2/vector-databases/{id}|id:ref>p.id ?query:obj>query|B
vectorDatabasesGetCredentials|vectorDatabases_get_credentials|GET|/v2/vector-databases/{id}/credentials|id:ref>p.id ?query:obj>query|B
vectorDatabasesGetRestoreStatus|vectorDatabases_get_restore_status|GET|/v2/vector-databases/{id}/backups/{backup_id}/restore|id:ref>p.id backupId:ref>p.backup_id ?query:obj>query|B
vectorDatabasesList|vectorDatabases_list|GET|/v2/vector-databases|?query:obj>query|B
vectorDatabasesListBackups|vectorDatabases_list_backups|GET|/v2/vector-databases/{id}/backups|id:ref>p.id ?query:obj>query|B
vectorDatabasesPostResize|vectorDatabases_post_resize|POST|/v2/vector-databases/{id}/resize|id:ref>p.id ?hash:obj>body ?query:obj>query|B
vectorDatabasesPostRestoreBackup|vectorDatabases_post_restore_backup|POST|/v2/vector-databases/{id}/backups/{backup_id}/restore|id:ref>p.id backupId:ref>p.backup_id ?hash:obj>body ?query:obj>query|B
vectorDatabasesUpdate|vectorDatabases_update|PUT|/v2/vector-databases/{id}|id:ref>p.id ?hash:obj>body ?query:obj>query|B
vectorDatabasesUpdateTags|vectorDatabases_update_tags|PUT|/v2/vector-databases/{id}/tags|id:ref>p.id ?hash:obj>body ?query:obj>query|B
volumeActionsGet|volumeActions_get|GET|/v2/volumes/{volume_id}/actions/{action_id}|volumeId:ref>p.volume_id actionId:ref>p.action_id ?query:obj>query|B
volumeActionsPost|volumeActions_post|POST|/v2/volumes/actions|hash:obj>body ?query:obj>query|A
volumeSnapshotsDeleteById|volumeSnapshots_delete_byId|DELETE|/v2/volumes/snapshots/{snapshot_id}|snapshotId:ref>p.snapshot_id ?query:obj>query|E
volumeSnapshotsGetById|volumeSnapshots_get_byId|GET|/v2/volumes/snapshots/{snapshot_id}|snapshotId:ref>p.snapshot_id ?query:obj>query|B
vpcPeeringsCreate|vpcPeerings_create|POST|/v2/vpc_peerings|hash:obj>body ?query:obj>query|B
vpcPeeringsDelete|vpcPeerings_delete|DELETE|/v2/vpc_peerings/{vpc_peering_id}|vpcPeeringId:ref>p.vpc_peering_id ?query:obj>query|B
vpcPeeringsGet|vpcPeerings_get|GET|/v2/vpc_peerings/{vpc_peering_id}|vpcPeeringId:ref>p.vpc_peering_id ?query:obj>query|B
vpcPeeringsList|vpcPeerings_list|GET|/v2/vpc_peerings|?query:obj>query|L:vpc_peerings
vpcPeeringsPatch|vpcPeerings_patch|PATCH|/v2/vpc_peerings/{vpc_peering_id}|vpcPeeringId:ref>p.vpc_peering_id hash:obj>body ?query:obj>query|B
vpcnatgatewaysCreate|vpcnatgateways_create|POST|/v2/vpc_nat_gateways|?hash:obj>body ?query:obj>query|B
vpcnatgatewaysDelete|vpcnatgateways_delete|DELETE|/v2/vpc_nat_gateways/{id}|id:ref>p.id ?query:obj>query|B
vpcnatgatewaysGet|vpcnatgateways_get|GET|/v2/vpc_nat_gateways/{id}|id:ref>p.id ?query:obj>query|B
vpcnatgatewaysList|vpcnatgateways_list|GET|/v2/vpc_nat_gateways|?query:obj>query|L:vpc_nat_gateways
vpcnatgatewaysUpdate|vpcnatgateways_update|PUT|/v2/vpc_nat_gateways/{id}|id:ref>p.id ?hash:obj>body ?query:obj>query|B
vpcsCreate|vpcs_create|POST|/v2/vpcs|hash:obj>body ?query:obj>query|B
vpcsCreatePeerings|vpcs_create_peerings|POST|/v2/vpcs/{vpc_id}/peerings|vpcId:ref>p.vpc_id hash:obj>body ?query:obj>query|B
vpcsDelete|vpcs_delete|DELETE|/v2/vpcs/{vpc_id}|vpcId:ref>p.vpc_id ?query:obj>query|E
vpcsGet|vpcs_get|GET|/v2/vpcs/{vpc_id}|vpcId:ref>p.vpc_id ?query:obj>query|B
vpcsList|vpcs_list|GET|/v2/vpcs|?query:obj>query|L:vpcs
vpcsListMembers|vpcs_list_members|GET|/v2/vpcs/{vpc_id}/members|vpcId:ref>p.vpc_id ?query:obj>query|L:members
vpcsListPeerings|vpcs_list_peerings|GET|/v2/vpcs/{vpc_id}/peerings|vpcId:ref>p.vpc_id ?query:obj>query|L:peerings
vpcsPatch|vpcs_patch|PATCH|/v2/vpcs/{vpc_id}|vpcId:ref>p.vpc_id hash:obj>body ?query:obj>query|B
vpcsPatchPeerings|vpcs_patch_peerings|PATCH|/v2/vpcs/{vpc_id}/peerings/{vpc_peering_id}|vpcId:ref>p.vpc_id vpcPeeringId:ref>p.vpc_peering_id hash:obj>body ?query:obj>query|B
vpcsUpdate|vpcs_update|PUT|/v2/vpcs/{vpc_id}|vpcId:ref>p.vpc_id hash:obj>body ?query:obj>query|B";

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
