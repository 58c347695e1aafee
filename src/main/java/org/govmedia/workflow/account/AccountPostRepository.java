package org.govmedia.workflow.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountPostRepository extends JpaRepository<AccountPost, Long> {

  boolean existsBySourceKey(String sourceKey);

  List<AccountPost> findByAccountIdOrderByPostDateDesc(String accountId);
}
