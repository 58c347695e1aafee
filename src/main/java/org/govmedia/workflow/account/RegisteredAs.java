package org.govmedia.workflow.account;

/**
 * 注册主体 In whose name the account is registered and certified on the platform: the unit, or a
 * person (严禁以个人名义开设政务新媒体, henan 3(1): never admitted).
 */
public enum RegisteredAs {
  UNIT, PERSON
}
