package org.govmedia.workflow.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One responsible person of the filing record (yanchi annex 1): name, title 职务, phone. */
@Embeddable
public class ResponsiblePerson {

  @Column(length = 100)
  private String name;

  @Column(length = 100)
  private String title;

  @Column(length = 40)
  private String phone;

  protected ResponsiblePerson() {}

  public ResponsiblePerson(String name, String title, String phone) {
    this.name = name;
    this.title = title;
    this.phone = phone;
  }

  public String getName() { return name; }
  public String getTitle() { return title; }
  public String getPhone() { return phone; }
}
