package org.govmedia.workflow.account;

/** The three responsible people of yanchi annex 1: leader in charge 分管领导, reviewer 审核人, publisher 发布人. */
public record ResponsiblePeople(ResponsiblePerson leader, ResponsiblePerson reviewer,
    ResponsiblePerson publisher) {}
