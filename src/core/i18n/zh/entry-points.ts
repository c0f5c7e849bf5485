/**
 * Chinese messages: what the first screen shows of features whose dialogs load later (toolbar buttons,
 * a zone's filing fields, undo labels, a failed version save). The rest of those features' words are in
 * the documents pack, loaded with their dialogs.
 */
export const entryPoints = {
  'exportDialog.open': '导出',
  'filing.importance.high': '高',
  'filing.importance.medium': '中',
  'filing.importance.low': '低',
  'filing.importance.unset': '未填写',
  'filing.purpose': '主要功能和作用',
  'filing.purposePlaceholder': '例如：对外提供网上商城 Web 服务',
  'filing.importance': '重要程度',
  'filing.duplicate': '该产品、版本和类型已有一条证书',
  'history.setCertificate': '修改证书',
  'history.addCertificate': '添加证书',
  'history.removeCertificate': '删除证书',
  'priceUi.open': '价格表',
  'toolbar.versions': '版本',
  'toolbar.compare': '对比',
  'toolbar.levelDelta': '升级到{level}需要什么',
  'history.restoreVersion': '恢复版本',
  'history.adoptProposal': '采纳{level}建议',
  'versions.failed': '版本未保存：浏览器存储失败（{reason}）。当前设计未受影响。',
} as const;
