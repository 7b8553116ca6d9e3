"""Materials that many items ask for, under one exact name each, so that a theme (一事联办) asks for
them once: the intake merges the materials lists of a theme's items by material name.

Each entry: name, form (original | copy | originalAndCopy), copies, required, licence types that
replace the paper (电子证照免提交), commitment allowed (容缺/承诺).  A material written in an item as
"@key" refers to this table; "@key!" makes an optional material required for that item.
"""

SHARED = {
    # identity
    "id": ("申请人居民身份证", "copy", 1, True, ["居民身份证"], False),
    "lr": ("法定代表人（负责人）居民身份证", "copy", 1, True, ["居民身份证"], False),
    "poa": ("授权委托书及受托人居民身份证（委托代理时提供）", "original", 1, False, [], False),
    "hukou": ("居民户口簿", "originalAndCopy", 1, True, ["居民户口簿"], False),
    "photo": ("近期免冠彩色证件照片", "original", 2, True, [], False),
    "marriage": ("结婚证", "copy", 1, True, ["结婚证"], False),
    "bank": ("本人社会保障卡或银行账户信息", "copy", 1, True, ["社会保障卡"], False),
    # enterprises and organisations
    "biz": ("营业执照", "copy", 1, True, ["营业执照"], False),
    "orgcert": ("社会组织法人登记证书", "copy", 1, True, ["社会团体法人登记证书", "民办非企业单位登记证书"], False),
    "articles": ("公司章程", "original", 1, True, [], False),
    "officers": ("法定代表人、董事、监事和经理的任职文件", "original", 1, True, [], False),
    "shareholders": ("股东（发起人）的主体资格证明或自然人身份证明", "copy", 1, True, ["居民身份证", "营业执照"], False),
    # premises and property
    "lease": ("经营场所使用证明（不动产权证书或租赁合同）", "copy", 1, True, ["不动产权证书"], True),
    "realestate": ("不动产权证书", "original", 1, True, ["不动产权证书"], False),
    "fire": ("消防安全检查合格证或消防验收（备案）凭证", "copy", 1, True,
             ["公众聚集场所投入使用营业前消防安全检查合格证"], True),
    "floorplan": ("场所平面布局图", "original", 1, True, [], False),
    "health": ("从业人员健康证明", "copy", 1, True, ["健康证明"], True),
    "rules": ("安全和质量管理制度", "original", 1, True, [], False),
    # licences issued by other items
    "medlic": ("医疗机构执业许可证", "copy", 1, True, ["医疗机构执业许可证"], False),
    "setup": ("设置医疗机构批准书", "copy", 1, True, ["设置医疗机构批准书"], False),
    "foodlic": ("食品经营许可证", "original", 1, True, ["食品经营许可证"], False),
    "landuse": ("建设用地规划许可证", "copy", 1, True, ["建设用地规划许可证"], False),
    "buildplan": ("建设工程规划许可证", "copy", 1, True, ["建设工程规划许可证"], False),
    "project": ("建设项目审批、核准或备案文件", "copy", 1, True, [], False),
    "driving": ("机动车驾驶证", "original", 1, True, ["机动车驾驶证"], False),
    "vehicle": ("机动车行驶证", "original", 1, True, ["机动车行驶证"], False),
    "vehiclereg": ("机动车登记证书", "original", 1, True, ["机动车登记证书"], False),
    "bodycheck": ("机动车驾驶人身体条件证明", "original", 1, True, [], False),
    "practitioner": ("医师资格证书和医师执业证书", "copy", 1, True, ["医师资格证书", "医师执业证书"], False),
    "pharmacist": ("执业药师注册证", "copy", 1, True, ["执业药师注册证"], False),
    "env": ("建设项目环境影响登记表备案回执", "copy", 1, False, [], True),
}
