/** Chinese messages of the rules added or reworded by rule catalogue 1.1 (CNS-06, CES-12, CLD-01 finance regions, GEN-04). */
export const rules11 = {
  'rule.CNS-06': '按第四级要求，应基于硬件密码模块对重要通信过程进行密码运算和密钥管理，但图中没有硬件密码模块。请添加 云服务器密码机，或使用 硬件密钥管理 版本的 密钥管理服务 KMS。',
  'rule.CES-12': '按第四级要求，应建立异地灾难备份中心并提供业务应用的实时切换，但承接业务流量的 {nodes} 在其他地域没有计算节点。请在异地地域部署运行业务应用的备用计算节点（云服务器 ECS 或 容器服务 Kubernetes 版 ACK），不只是数据副本。',
  'rule.CLD-01.notFinance': '{region} 使用的地域 {name}（{regionId}）不是金融云地域。金融云上的第四级系统应运行在金融云独立的资源池中：请改用金融云地域（如 华东2 金融云）。',
  'rule.GEN-04': '{node} 接收业务流量，但没有把流量继续发往任何节点：访问路径在这里中断，后面的检查看不到这条路径。请补画它后面的连线（如 负载均衡 → 云服务器 ECS），或删除这条不完整的路径。',
} as const;
