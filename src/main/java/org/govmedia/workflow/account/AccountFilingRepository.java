package org.govmedia.workflow.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountFilingRepository extends JpaRepository<AccountFiling, Long> {

  List<AccountFiling> findByAccountIdOrderByIdAsc(Long accountId);
}
