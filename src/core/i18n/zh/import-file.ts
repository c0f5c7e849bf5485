/** Chinese messages of the import that the first screen needs: opening a file that cannot be imported, the update's undo step (issue 13). */
export const importFile = {
  'history.importUpdate': '按新的导入更新',
  'importFile.changedMeanwhile': '导入期间图已被修改，未应用本次更新。',
  'importFile.refused': '无法导入 {name}',
  'importFile.notInfra': '也不是 Terraform（terraform show -json）或 ROS 模板。',
} as const;
